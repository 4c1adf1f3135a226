/// A CAMEO event code ("057", "1823"), checked against the CAMEO 1.1b3 ontology on creation.
///
/// The code knows its name, Goldstein value, quad class, PLOVER mapping and place in the hierarchy. It encodes
/// as its code string, leading zero kept.
public struct EventCode: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// Position in the ontology table, which is in code order.
    let index: Int

    init(index: Int) { self.index = index }

    /// The code written as `code`: 2 to 4 digits, leading zero kept ("057", not "57").
    ///
    /// Throws ``EventCodeError`` naming the value and suggesting the nearest valid codes when CAMEO has no such
    /// code. Nothing is trimmed or padded.
    public init(_ code: String) throws(EventCodeError) {
        guard let index = CAMEOEventTable.standard.indexByCode[code] else { throw EventCodeError(rejecting: code) }
        self.index = index
    }

    /// Decodes the code from a single string.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            self = try EventCode(text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
        }
    }

    /// Encodes the code as a single string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(code)
    }

    private var entry: CAMEOEventTable.Entry { CAMEOEventTable.standard.entries[index] }

    /// The code as CAMEO writes it, leading zero kept: "057".
    public var code: String { entry.code }

    /// The CAMEO 1.1b3 manual's name, e.g. "Sign formal agreement"; roots are in capitals ("CONSULT").
    public var name: String { entry.name }

    /// GDELT's name for the code, for exports; `nil` for the codes GDELT's lookup lacks (155, 176, 1834, 1951, 1952).
    public var gdeltName: String? { entry.gdeltName }

    /// The Goldstein conflict–cooperation value, -10 … +10, from GDELT's table (or the parent's, see below).
    public var goldstein: Double { entry.goldstein }

    /// True when GDELT has no Goldstein value for this code and ``goldstein`` is the parent's.
    public var goldsteinIsInherited: Bool { entry.goldsteinIsInherited }

    /// Depth in the hierarchy: 1 for a root ("05"), 2 for "057", 3 for "0571"-style codes.
    public var level: Int { entry.code.utf8.count - 1 }

    /// True for the 20 two-digit root codes.
    public var isRoot: Bool { entry.parent == nil }

    /// The root number, 1 … 20.
    public var rootNumber: Int { Int(entry.code.prefix(2)) ?? 0 }

    /// The two-digit root this code falls under (the code itself for a root).
    public var root: EventCode {
        var current = self
        while let parent = current.parent { current = parent }
        return current
    }

    /// The code one level up ("05" for "057", "057" for "0571"); `nil` for a root.
    public var parent: EventCode? { entry.parent.map(EventCode.init(index:)) }

    /// The codes one level down, in code order.
    public var children: [EventCode] { entry.children.map(EventCode.init(index:)) }

    /// The quad class by root as Dyad assigns it: 01–05 verbal cooperation, 06–08 material cooperation,
    /// 09–13 verbal conflict, 14–20 material conflict.
    public var quadClass: QuadClass { QuadClass.dyad(root: rootNumber) }

    /// The quad class GDELT's event files give this code: 01–05, 06–09, 10–14, 15–20 (differs for roots 09 and 14).
    public var gdeltQuadClass: QuadClass { QuadClass.gdelt(root: rootNumber) }

    /// The PLOVER 2.0 equivalent; `nil` for codes PLOVER dropped (roots 01 and 02 and their children).
    public var plover: PLOVERMapping? { entry.plover }

    /// True when `other` is this code or lies below it ("05" contains "057").
    public func contains(_ other: EventCode) -> Bool { other.code.hasPrefix(code) }

    /// Orders codes as CAMEO lists them: "01" < "010" < "0211" < "022".
    public static func < (lhs: EventCode, rhs: EventCode) -> Bool { lhs.index < rhs.index }

    /// The code and its name, e.g. `057 (Sign formal agreement)`.
    public var description: String { "\(code) (\(name))" }
}
