import ArgumentParser

/// `--no-guessed-targets` and `--one-sided`, for the commands that code events (`code`, `ingest`, `explain`).
struct TargetArguments: ParsableArguments {
    @Flag(name: .customLong("no-guessed-targets"), help: ArgumentHelp(
        "Keep only targets the text gives: an act whose pattern finds no target keeps none, instead of the one other actor the sentence names (or, with none, the source's own state), and a military posture aimed at the source's own forces is not re-aimed at the other side."))
    var noGuessedTargets = false

    @Flag(name: .customLong("one-sided"), help: ArgumentHelp(
        "Keep events that name no target (\"warned on Tuesday\", \"urged restraint\"), with a null target. By default they are dropped, as PETRARCH's require_dyad does: a dyadic series or an ICEWS row needs both sides."))
    var oneSided = false

    /// Whether the coder guesses targets.
    var guessesTargets: Bool { !noGuessedTargets }

    /// Whether the coder drops events without a target.
    var requiresDyad: Bool { !oneSided }

    /// What the version stamped on coded events adds when the coder departs from its defaults.
    var versionNote: String { (noGuessedTargets ? "; no guessed targets" : "") + (oneSided ? "; one-sided kept" : "") }
}
