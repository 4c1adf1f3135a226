import DyadCore
import Foundation

/// Scores the coder on the PLOVER gold-standard records (`PLOVER_GSR_CAMEO.txt`, a JSON array): the PLOVER
/// category of the sentence's first main-clause event against the gold category, with the old labels mapped
/// (DEMAND → REQUEST, DISAPPROVE and INVESTIGATE → ACCUSE, FIGHT → ASSAULT).
public struct PLOVERGoldEvaluation: Sendable {
    /// One gold record.
    public struct Record: Sendable, Hashable {
        /// The record's id.
        public let id: String
        /// The sentence.
        public let text: String
        /// The publication date, when given.
        public let date: CalendarDate?
        /// The gold category, mapped to current PLOVER.
        public let gold: PLOVEREventType
        /// The label as written.
        public let label: String
    }

    /// The outcome for one record.
    public struct Outcome: Sendable, Hashable {
        /// The record.
        public let record: Record
        /// The category produced, `nil` when no event was coded.
        public let produced: PLOVEREventType?
        /// The CAMEO code and rule behind it.
        public let detail: String
        /// Whether it matches the gold category.
        public var passed: Bool { produced == record.gold }
    }

    /// Reads the records with a text and a gold category; the documentation record and unknown labels are skipped
    /// and counted in `skipped`.
    public static func records(from data: Data) throws -> (records: [Record], skipped: Int) {
        guard let array = try JSONSerialization.jsonObject(with: data) as? [[String: Any]] else {
            throw EvaluationError("the file is not a JSON array of objects",
                                  hint: "pass ../shared/eval/plover-gsr/PLOVER_GSR_CAMEO.txt")
        }
        var records: [Record] = []
        var skipped = 0
        for object in array {
            guard let id = object["id"] as? String, let text = object["text"] as? String,
                  let label = object["event"] as? String, let gold = PLOVEREventType(label: label) else {
                skipped += 1
                continue
            }
            let date = (object["date"] as? String).flatMap { CalendarDate(iso: $0) }
            records.append(Record(id: id, text: text, date: date, gold: gold, label: label))
        }
        return (records, skipped)
    }

    /// The first main-clause PLOVER event: of the events whose code PLOVER keeps (statements and appeals, CAMEO 01
    /// and 02, are dropped in PLOVER and so are no PLOVER event), the one whose verb is nearest the root of its
    /// sentence, then the earliest.
    public static func mainEvent(of events: [CodedEvent], in document: AnnotatedDocument) -> CodedEvent? {
        let events = events.filter { $0.code.plover != nil }
        func depth(_ token: Int) -> Int {
            var depth = 0, current = token
            while current >= 0, current < document.heads.count, document.heads[current] >= 0, depth < 50 {
                current = document.heads[current]
                depth += 1
            }
            return depth
        }
        return events.min { a, b in
            (a.sentence, depth(a.trigger), a.trigger) < (b.sentence, depth(b.trigger), b.trigger)
        }
    }
}

/// An evaluation file that cannot be used.
public struct EvaluationError: Error, Sendable, CustomStringConvertible {
    /// What went wrong.
    public let message: String
    /// How to fix it.
    public let hint: String

    /// Creates the error.
    public init(_ message: String, hint: String) {
        self.message = message
        self.hint = hint
    }

    /// `message; hint`.
    public var description: String { "\(message)\n    hint: \(hint)" }
}
