import ArgumentParser

/// `--no-guessed-targets`, for the commands that code events (`code`, `ingest`, `explain`).
struct TargetGuessArguments: ParsableArguments {
    @Flag(name: .customLong("no-guessed-targets"), help: ArgumentHelp(
        "Keep only targets the text gives: an act whose pattern finds no target keeps none, instead of the one other actor the sentence names (or, with none, the source's own state), and a military posture aimed at the source's own forces is not re-aimed at the other side."))
    var noGuessedTargets = false

    /// Whether the coder guesses targets.
    var guessesTargets: Bool { !noGuessedTargets }

    /// What the version stamped on coded events adds when targets are not guessed.
    var versionNote: String { noGuessedTargets ? "; no guessed targets" : "" }
}
