/// JSON renderings of the analytics, shared by `dyad relations`/`dyad dyad` and the HTTP API so that both answer
/// with the same fields.
public enum RelationsJSON {
    /// `{"actor": ..., "partners": [{"partner", "events", "cooperation", "conflict", "goldstein_mean", ...}]}`.
    public static func partners(_ partners: [PartnerSummary], actor: String) -> String {
        "{\"actor\":\(string(actor)),\"partners\":[" + partners.map(partner).joined(separator: ",") + "]}"
    }

    /// One partner's object.
    public static func partner(_ p: PartnerSummary) -> String {
        "{\"partner\":\(string(p.partner)),\"events\":\(p.events),\"cooperation\":\(p.cooperation),"
            + "\"conflict\":\(p.conflict),\"goldstein_mean\":\(number(p.goldsteinMean)),"
            + "\"verbal_cooperation\":\(p.quadClasses[0]),\"material_cooperation\":\(p.quadClasses[1]),"
            + "\"verbal_conflict\":\(p.quadClasses[2]),\"material_conflict\":\(p.quadClasses[3]),"
            + "\"outgoing\":\(p.outgoing),\"incoming\":\(p.incoming),\"mentions\":\(p.mentions),"
            + "\"first\":\(p.first.map { string($0.description) } ?? "null"),"
            + "\"last\":\(p.last.map { string($0.description) } ?? "null")}"
    }

    /// One period's object.
    public static func point(_ p: SeriesPoint) -> String {
        "{\"period\":\(string(p.period)),\"start\":\(string(p.start.description)),\"events\":\(p.events),"
            + "\"verbal_cooperation\":\(p.quadClasses[0]),\"material_cooperation\":\(p.quadClasses[1]),"
            + "\"verbal_conflict\":\(p.quadClasses[2]),\"material_conflict\":\(p.quadClasses[3]),"
            + "\"cooperation\":\(p.cooperation),\"conflict\":\(p.conflict),"
            + "\"goldstein_sum\":\(number(p.goldsteinSum)),"
            + "\"goldstein_mean\":\(p.goldsteinMean.map(number) ?? "null"),\"actor_volume\":\(p.actorVolume),"
            + "\"share\":\(p.share.map(number) ?? "null"),\"thin\":\(p.thin)}"
    }

    /// One shift's object, with the ids of the events that drove it (and `a`, `b` when given).
    public static func shift(_ s: Shift, a: String? = nil, b: String? = nil) -> String {
        var out = "{"
        if let a { out += "\"a\":\(string(a)),\"b\":\(b.map { string($0) } ?? "null")," }
        out += "\"period\":\(string(s.period)),\"metric\":\(string(s.metric.rawValue)),"
            + "\"value\":\(number(s.value)),\"baseline_mean\":\(number(s.baselineMean)),"
            + "\"baseline_sd\":\(number(s.baselineDeviation)),\"baseline_periods\":\(s.baselinePeriods),"
            + "\"z\":\(number(s.z)),\"direction\":\(string(s.direction)),\"events\":["
            + s.drivers.map { string($0.id) }.joined(separator: ",") + "]}"
        return out
    }

    /// `{"a", "b", "by", "directed", "series": [...], "unplaced", "shifts": [...]}`.
    public static func series(_ series: DyadSeriesResult, a: String, b: String?, by: Granularity, directed: Bool,
                              shifts: [Shift]) -> String {
        "{\"a\":\(string(a)),\"b\":\(b.map { string($0) } ?? "null"),\"by\":\(string(by.rawValue)),\"directed\":\(directed),"
            + "\"series\":[\(series.points.map(point).joined(separator: ","))],\"unplaced\":\(series.unplaced),"
            + "\"shifts\":[\(shifts.map { shift($0) }.joined(separator: ","))]}"
    }

    /// A JSON string literal; with `escapingMarkup`, `<` is written `\u003c` too, so that the JSON is safe to embed
    /// in HTML.
    public static func string(_ value: String, escapingMarkup: Bool = false) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "<" where escapingMarkup: out += "\\u003c"
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// A number rounded to three decimals (integers without a point); non-finite values are `null`.
    public static func number(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        let rounded = (value * 1000).rounded() / 1000
        return rounded == rounded.rounded() && abs(rounded) < 1e15 ? String(Int(rounded)) : String(rounded)
    }
}
