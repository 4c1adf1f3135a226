import DyadCore
import Foundation

/// How many of the sentences of a run reached the dependency parser (`dyad code` leaves out those that cannot yield
/// an event), for the run's summary.
struct ParsedShare: CustomStringConvertible {
    /// Sentences with at least one token.
    private(set) var sentences = 0
    /// Those of them the parser read.
    private(set) var parsed = 0

    /// Counts the sentences of an analysed document.
    mutating func count(_ document: AnnotatedDocument) {
        let nonEmpty = document.sentences.indices.filter { !document.sentences[$0].tokens.isEmpty }
        sentences += nonEmpty.count
        parsed += nonEmpty.filter { document.isParsed(sentence: $0) }.count
    }

    /// The parsed share as a fraction (1 for no sentences).
    var fraction: Double { sentences == 0 ? 1 : Double(parsed) / Double(sentences) }

    var description: String {
        "\(parsed) of \(sentences) sentences reached the parser (\(String(format: "%.1f", fraction * 100))%)"
    }
}
