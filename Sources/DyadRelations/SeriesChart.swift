/// Draws a dyad's series as a self-contained SVG: cooperation and conflict counts per period as two lines, periods on
/// the x axis, shifts marked by dashed vertical lines. No scripts, no external resources.
public struct SeriesChart: Sendable {
    /// The chart's size in pixels.
    public var width = 720.0, height = 320.0

    /// Creates a chart drawer.
    public init() {}

    /// The SVG document for `points` under `title`; with `link`, each point is a link to the address it gives
    /// (already escaped for XML).
    public func svg(_ points: [SeriesPoint], title: String, shifts: [Shift] = [],
                    link: ((SeriesPoint) -> String)? = nil) -> String {
        let left = 48.0, right = 40.0, top = 36.0, bottom = 48.0
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        let highest = max(1, points.map { max($0.cooperation, $0.conflict) }.max() ?? 1)
        let step = points.count > 1 ? plotWidth / Double(points.count - 1) : 0
        func x(_ index: Int) -> Double { points.count > 1 ? left + Double(index) * step : left + plotWidth / 2 }
        func y(_ value: Int) -> Double { top + plotHeight - Double(value) / Double(highest) * plotHeight }
        func number(_ value: Double) -> String { String(Int(value.rounded())) }
        var svg = """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(Int(width))" height="\(Int(height))" \
            viewBox="0 0 \(Int(width)) \(Int(height))" font-family="sans-serif" font-size="11">
            <title>\(Self.escape(title))</title>
            <rect width="100%" height="100%" fill="white"/>
            <text x="\(Int(left))" y="20" font-size="14" font-weight="bold">\(Self.escape(title))</text>

            """
        for tick in 0...4 {
            let value = Int((Double(highest) * Double(tick) / 4).rounded())
            let ty = number(y(value))
            svg += "<line x1=\"\(Int(left))\" x2=\"\(Int(width - right))\" y1=\"\(ty)\" y2=\"\(ty)\" stroke=\"#e5e5e5\"/>"
            svg += "<text x=\"\(Int(left) - 6)\" y=\"\(ty)\" text-anchor=\"end\" dy=\"4\">\(value)</text>\n"
        }
        let labelEvery = max(1, points.count / 8)
        for (index, point) in points.enumerated() where index % labelEvery == 0 || index == points.count - 1 {
            svg += "<text x=\"\(number(x(index)))\" y=\"\(Int(height - bottom + 16))\" text-anchor=\"middle\">"
                + "\(Self.escape(point.period))</text>\n"
        }
        for shift in shifts {
            guard let index = points.firstIndex(where: { $0.start == shift.start }) else { continue }
            let sx = number(x(index))
            svg += "<line class=\"shift\" x1=\"\(sx)\" x2=\"\(sx)\" y1=\"\(Int(top))\" y2=\"\(Int(top + plotHeight))\" "
                + "stroke=\"#7a5c00\" stroke-dasharray=\"4 3\"><title>shift \(shift.direction) in "
                + "\(Self.escape(shift.period)): z = \(RelationsJSON.number((shift.z * 100).rounded() / 100))</title></line>\n"
        }
        for (name, color, value) in [("cooperation", "#1b7f3b", \SeriesPoint.cooperation),
                                     ("conflict", "#b3261e", \SeriesPoint.conflict)] {
            let path = points.enumerated().map { "\(number(x($0.offset))),\(number(y($0.element[keyPath: value])))" }
            svg += "<polyline class=\"\(name)\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"2\" "
                + "points=\"\(path.joined(separator: " "))\"/>\n"
            for (index, point) in points.enumerated() {
                if let link { svg += "<a href=\"\(link(point))\">" }
                svg += "<circle cx=\"\(number(x(index)))\" cy=\"\(number(y(point[keyPath: value])))\" r=\"3\" "
                    + "fill=\"\(point.thin ? "white" : color)\" stroke=\"\(color)\"><title>\(Self.escape(point.period)): "
                    + "\(point[keyPath: value]) \(name) event(s)\(point.thin ? " (thin evidence)" : "")</title></circle>"
                svg += link == nil ? "\n" : "</a>\n"
            }
        }
        let legendY = Int(height - 12)
        svg += """
            <rect x="\(Int(left))" y="\(legendY - 9)" width="12" height="3" fill="#1b7f3b"/>\
            <text x="\(Int(left) + 16)" y="\(legendY - 4)">cooperation (quad 1+2)</text>\
            <rect x="\(Int(left) + 170)" y="\(legendY - 9)" width="12" height="3" fill="#b3261e"/>\
            <text x="\(Int(left) + 186)" y="\(legendY - 4)">conflict (quad 3+4)</text>\
            <text x="\(Int(left) + 320)" y="\(legendY - 4)">hollow point: thin evidence; dashed line: shift</text>
            </svg>

            """
        return svg
    }

    /// Text escaped for XML.
    public static func escape(_ text: String) -> String {
        if !text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) { return text }
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}
