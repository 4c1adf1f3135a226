import ArgumentParser
import DyadCore
import DyadLexicon
import Foundation

/// `dyad lexicon`: work with dictionaries.
struct LexiconCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lexicon", abstract: "Check dictionaries: Dyad's own (.lex) and TABARI/PETRARCH files.",
        subcommands: [Check.self])

    /// `dyad lexicon check [FILES]`.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate dictionaries and print their diagnostics (file:line:column, the line, a hint).",
            discussion: """
                With no FILES, checks the lexicon shipped with Dyad. Files ending in .lex are read as Dyad's own \
                format (docs/lexicon-format.md); other files as TABARI/PETRARCH dictionaries, their kind guessed \
                from name and contents. Folders stand for the files in them. Exit status 1 when any error was found.
                """)

        @Argument(help: ArgumentHelp("Dictionary files or folders.", valueName: "file"))
        var files: [String] = []

        @Flag(help: "Print only errors, not warnings.")
        var errorsOnly = false

        func run() throws {
            let started = Date()
            var diagnostics: [Diagnostic] = []
            var summary: [String] = []
            // Files by extension; a folder is checked for both kinds, and one with neither is an error.
            var own = files.filter { $0.hasSuffix(".lex") }
            var peer = files.filter { !$0.hasSuffix(".lex") && !isFolder($0) }
            for folder in files where isFolder(folder) {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
                let lex = names.contains { $0.hasSuffix(".lex") }
                let peers = names.contains { name in
                    !name.hasSuffix(".lex") && PeerDictionaryKind.detect(url: URL(fileURLWithPath: folder).appendingPathComponent(name)) != nil
                }
                if lex { own.append(folder) }
                if peers { peer.append(folder) }
                if !lex && !peers {
                    diagnostics.append(Diagnostic(.error, at: SourceLocation(file: folder),
                                                  "the folder holds no .lex file and no TABARI/PETRARCH dictionary",
                                                  hint: "name the dictionary files, or the folder that holds them"))
                }
            }
            if files.isEmpty || !own.isEmpty {
                // (Only .lex files are read here; peer files in the same folder are read below.)
                let lexicon: Lexicon
                do {
                    lexicon = own.isEmpty ? try Lexicon.bundled()
                        : try Lexicon.load(contentsOf: own.map { URL(fileURLWithPath: $0) })
                } catch {
                    StandardError().write("dyad: \(error)")
                    throw ExitCode(2)
                }
                diagnostics += lexicon.diagnostics
                let counts = LexiconEntry.Kind.allCases.map { kind in
                    "\(lexicon.entries(of: kind).count) \(kind.rawValue)"
                }
                let roles = lexicon.entries.reduce(0) { $0 + $1.roles.count }
                summary.append("Dyad lexicon: \(lexicon.entries.count) entries (\(counts.joined(separator: ", "))), \(roles) dated roles")
                if !lexicon.verbs.isEmpty || !lexicon.synsets.isEmpty {
                    let patterns = lexicon.verbs.reduce(0) { $0 + $1.patterns.count }
                    let codes = Set(lexicon.verbs.flatMap { $0.patterns.map(\.code.code) })
                    let examples = Set(lexicon.verbs.flatMap { $0.examples.map(\.code.code) })
                    summary.append("Verb patterns: \(lexicon.verbs.count) verbs, \(patterns) patterns, \(codes.count) codes, \(examples.count) codes with examples, \(lexicon.synsets.count) synsets, \(lexicon.discards.reduce(0) { $0 + $1.phrases.count }) discard phrases")
                }
            }
            if !peer.isEmpty {
                let (peerDiagnostics, peerSummary) = PeerCheck.run(peer)
                diagnostics += peerDiagnostics
                summary += peerSummary
            }
            let errors = diagnostics.filter { $0.severity == .error }.count
            let warnings = diagnostics.filter { $0.severity == .warning }.count
            var output = ""
            for diagnostic in diagnostics where !errorsOnly || diagnostic.severity == .error {
                output += diagnostic.description + "\n"
            }
            let seconds = Date().timeIntervalSince(started)
            output += summary.joined(separator: "\n") + "\n"
            output += "\(errors) error(s), \(warnings) warning(s) in \(String(format: "%.2f", seconds)) s\n"
            FileHandle.standardOutput.write(Data(output.utf8))
            if errors > 0 { throw ExitCode(1) }
        }

        private func isFolder(_ path: String) -> Bool {
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
        }
    }
}
