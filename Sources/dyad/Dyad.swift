import ArgumentParser
import Foundation

/// The `dyad` command: turns news text into political event data.
struct Dyad: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dyad",
        abstract: "Turn news text into political event data.",
        discussion: """
            Reads articles (plain text, HTML, JSON Lines, PETRARCH XML, TABARI records; files, directories, .gz, or \
            - for standard input). Data goes to standard output, diagnostics to standard error. Exit status: 0 when \
            everything was read, 1 when some input was skipped (each skip is reported), 2 for a usage error.
            """,
        version: DyadVersion.current,
        subcommands: [Split.self, Tokenize.self, Parse.self, Actors.self, Code.self, Explain.self, Eval.self, LexiconCommand.self,
                      Ingest.self, Events.self, Relations.self, DyadSeriesCommand.self, Serve.self]
    )
}

/// Version strings printed by `--version` and stamped on outputs.
enum DyadVersion {
    static let current = "0.1.0"
}

@main
enum Main {
    static func main() async {
        // A closed output pipe is reported by write(2) as EPIPE and handled there, not by a fatal signal.
        signal(SIGPIPE, SIG_IGN)
        do {
            var command = try Dyad.parseAsRoot()
            if var asynchronous = command as? any AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch {
            let code = Dyad.exitCode(for: error)
            if code == .success {
                Dyad.exit(withError: error)  // --help and --version print and exit 0
            }
            if code == .validationFailure {
                FileHandle.standardError.write(Data((Dyad.fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            FileHandle.standardError.write(Data("dyad: \(Dyad.fullMessage(for: error))\n".utf8))
            Foundation.exit(code == .failure ? 1 : code.rawValue)
        }
    }
}
