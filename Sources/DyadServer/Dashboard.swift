import DyadCore
import DyadRelations
import DyadStore
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// The dashboard: server-rendered HTML with inline SVG, no external resources, a few lines of plain JavaScript for
/// posting an article. Every piece of stored text is escaped.
struct Dashboard: Sendable {
    let store: StoreService
    let status: ServerStatus

    static func html(_ body: String) -> Response {
        Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8",
                                        .contentSecurityPolicy: "default-src 'self'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src 'self' data:"],
                 body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
    }

    static func escape(_ text: String) -> String { SeriesChart.escape(text) }

    static func link(_ path: String, _ parameters: [(String, String)]) -> String {
        let query = parameters.map { "\($0.0)=\(percentEncoded($0.1))" }
        return escape(path + (query.isEmpty ? "" : "?" + query.joined(separator: "&")))
    }

    /// A query value with everything but ASCII letters, digits and `-._~` percent-encoded (UTF-8).
    static func percentEncoded(_ value: String) -> String {
        func plain(_ byte: UInt8) -> Bool {
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || byte == 0x2D || byte == 0x2E || byte == 0x5F || byte == 0x7E
        }
        if value.utf8.allSatisfy(plain) { return value }
        let digits = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        for byte in value.utf8 {
            if plain(byte) {
                out.append(byte)
            } else {
                out += [0x25, digits[Int(byte >> 4)], digits[Int(byte & 0xF)]]
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `/`: the partners and timeline of an actor (the most reported one unless `?actor=` says), and the events of a
    /// period when `?period=` names one.
    func home(_ request: Request) throws -> Response {
        let parameters = request.uri.queryParameters
        let by = Granularity(rawValue: parameters.get("by") ?? "month") ?? .month
        let page = try store.read { store -> String in
            let top = try store.topActors(limit: 30)
            let chosen = parameters.get("actor").flatMap { try? ActorSelector($0) }
                ?? top.first.flatMap { try? ActorSelector($0.actor) }
            var body = header(top: top.map(\.actor), actor: chosen?.prefix)
            guard let actor = chosen else {
                return body + "<p>No events are stored yet\(status.ingesting ? " (the demo articles are being read; reload in a moment)" : ""). "
                    + "Post an article below or run <code>dyad ingest</code>.</p>" + articleForm() + footer
            }
            let partners = try store.partners(of: actor, level: .principal, window: DateWindow())
            body += "<section><h2>Partners of \(Self.escape(actor.prefix))</h2>"
                + PartnerChart.svg(Array(partners.prefix(12)), actor: actor.prefix) + partnerTable(Array(partners.prefix(12)), actor: actor.prefix)
                + "</section>"
            let (series, events) = try store.series(actor, nil, options: SeriesOptions(granularity: by))
            let shifts = ShiftDetector.detect(series, events: events, a: actor, b: nil, series: SeriesOptions(granularity: by))
            body += "<section><h2>\(Self.escape(actor.prefix)) with all partners, by \(by.rawValue)</h2>"
                + "<p class=note>Click a point to list its events.</p>"
                + chart(series.points, title: "\(actor.prefix): cooperation and conflict", shifts: shifts,
                        link: Self.link("/", [("actor", actor.prefix), ("by", by.rawValue)]))
                + shiftList(shifts) + "</section>"
            if let period = parameters.get("period"), let point = series.points.first(where: { $0.period == period }) {
                let window = DateWindow(since: point.start, until: by.next(after: point.start).adding(days: -1))
                body += try eventList(store, EventQuery(actor: actor, window: window, limit: 100),
                                      title: "Events of \(actor.prefix) in \(period)")
            } else {
                let latest = events.filter { DyadSeries.involves($0, actor, nil, directed: false) && $0.date != nil }
                    .sorted { ($0.date!, $0.id) > ($1.date!, $1.id) }.prefix(10)
                body += try eventList(store, Array(latest), title: "Latest events of \(actor.prefix), with their evidence")
            }
            return body + articleForm() + footer
        }
        return Self.html(page)
    }

    /// `/dyad?a=PRK&b=RUS&by=month[&period=2024-06]`: a dyad's series with its shifts, and a period's events.
    func dyad(_ request: Request) throws -> Response {
        let parameters = request.uri.queryParameters
        let by = Granularity(rawValue: parameters.get("by") ?? "month") ?? .month
        guard let a = parameters.get("a").flatMap({ try? ActorSelector($0) }),
              let b = parameters.get("b").flatMap({ try? ActorSelector($0) }) else {
            throw APIError(.badRequest, "give two actor codes: /dyad?a=PRK&b=RUS")
        }
        let page = try store.read { store -> String in
            let top = try store.topActors(limit: 30)
            let options = SeriesOptions(granularity: by)
            let (series, events) = try store.series(a, b, options: options)
            let shifts = ShiftDetector.detect(series, events: events, a: a, b: b, series: options)
            var body = header(top: top.map(\.actor), actor: a.prefix, b: b.prefix)
            body += "<section><h2>\(Self.escape(a.prefix)) – \(Self.escape(b.prefix)), by \(by.rawValue)</h2>"
                + "<p class=note>Both directions. Click a point to list its events; dashed lines mark shifts.</p>"
                + chart(series.points, title: "\(a.prefix)–\(b.prefix): cooperation and conflict", shifts: shifts,
                        link: Self.link("/dyad", [("a", a.prefix), ("b", b.prefix), ("by", by.rawValue)]))
                + shiftList(shifts) + "</section>"
            if let period = parameters.get("period"), let point = series.points.first(where: { $0.period == period }) {
                let window = DateWindow(since: point.start, until: by.next(after: point.start).adding(days: -1))
                body += try eventList(store, EventQuery(dyad: (a, b), window: window, limit: 100),
                                      title: "Events of \(a.prefix) and \(b.prefix) in \(period)")
            } else {
                body += try eventList(store, EventQuery(dyad: (a, b), limit: 20), title: "First events of \(a.prefix) and \(b.prefix)")
            }
            return body + footer
        }
        return Self.html(page)
    }

    /// The series chart, each point linking to `link` with its period added (periods are plain ASCII).
    func chart(_ points: [SeriesPoint], title: String, shifts: [Shift], link: String) -> String {
        let base = link + "&amp;period="
        return SeriesChart().svg(points, title: title, shifts: shifts) { base + $0.period + "#events" }
    }

    func header(top: [String], actor: String?, b: String? = nil) -> String {
        let options = top.map { "<option value=\"\(Self.escape($0))\"\($0 == actor ? " selected" : "")>\(Self.escape($0))</option>" }
        return """
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Dyad</title>
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <style>
            body{font-family:system-ui,sans-serif;margin:0 auto;max-width:980px;padding:0 16px;color:#1d1d1d}
            header{display:flex;gap:24px;align-items:baseline;flex-wrap:wrap;border-bottom:1px solid #ddd;padding:8px 0}
            h1{font-size:20px;margin:0} h2{font-size:16px;margin:24px 0 8px} .note{color:#666;font-size:13px;margin:4px 0}
            table{border-collapse:collapse;font-size:13px} td,th{padding:3px 8px;border-bottom:1px solid #eee;text-align:right}
            td:first-child,th:first-child{text-align:left} mark.source{background:#d8ecff} mark.target{background:#ffe3c2}
            li.event{margin:8px 0;font-size:14px} .meta{color:#555;font-size:12px} textarea{width:100%;height:120px}
            form{margin:0} input[type=text]{width:70px}
            </style></head><body>
            <header><h1><a href="/" style="color:inherit;text-decoration:none">Dyad</a></h1>
            <form action="/" method="get">Actor <select name="actor">\(options.joined())</select>
            <button>Show</button></form>
            <form action="/dyad" method="get">Dyad <input type="text" name="a" value="\(Self.escape(actor ?? "PRK"))">
            <input type="text" name="b" value="\(Self.escape(b ?? "RUS"))"> by <select name="by"><option>month</option>
            <option>week</option><option>year</option><option>day</option></select> <button>Show</button></form>
            <a href="/openapi.json">API</a></header>
            """
    }

    let footer = "<p class=note>Dyad — events coded from news text; each figure links to its evidence.</p></body></html>\n"

    func partnerTable(_ partners: [PartnerSummary], actor: String) -> String {
        var rows = "<table><tr><th>partner</th><th>events</th><th>cooperation</th><th>conflict</th><th>Goldstein mean</th><th></th></tr>"
        for p in partners {
            rows += "<tr><td><a href=\"\(Self.link("/dyad", [("a", actor), ("b", p.partner)]))\">\(Self.escape(p.partner))</a></td>"
                + "<td>\(p.events)</td><td>\(p.cooperation)</td><td>\(p.conflict)</td>"
                + "<td>\(RelationsJSON.number((p.goldsteinMean * 100).rounded() / 100))</td>"
                + "<td><a href=\"\(Self.link("/events", [("dyad", "\(actor),\(p.partner)")]))\">events</a></td></tr>"
        }
        return rows + "</table>"
    }

    func shiftList(_ shifts: [Shift]) -> String {
        guard !shifts.isEmpty else { return "<p class=note>No shifts: no period departs from its six predecessors by |z| ≥ 2.</p>" }
        return "<ul class=shifts>" + shifts.map { s in
            "<li>\(Self.escape(s.period)): \(s.metric.rawValue) \(s.direction), \(RelationsJSON.number(s.value)) against "
                + "\(RelationsJSON.number(s.baselineMean)) ± \(RelationsJSON.number(s.baselineDeviation)) (z = \(RelationsJSON.number(s.z)))</li>"
        }.joined() + "</ul>"
    }

    func eventList(_ store: any EventStore, _ query: EventQuery, title: String) throws -> String {
        try eventList(store, try store.events(query).events, title: title)
    }

    func eventList(_ store: any EventStore, _ events: [RelationEvent], title: String) throws -> String {
        let mentions = Dictionary(grouping: try store.mentions(of: events.map(\.id)), by: \.eventID)
        var html = "<section id=events><h2>\(Self.escape(title))</h2>"
        if events.isEmpty { return html + "<p>No events.</p></section>" }
        html += "<ol>"
        for event in events {
            let reports = mentions[event.id] ?? []
            guard let first = reports.first else { continue }
            let name = (try? EventCode(event.cameo))?.name ?? ""
            let when = event.isoDate ?? "undated"
            html += "<li class=event><b>\(Self.escape(when))</b> "
                + "\(Self.escape(event.source)) → \(Self.escape(event.target ?? "—")): \(Self.escape(event.cameo)) \(Self.escape(name))"
                + "<blockquote class=evidence>\(highlight(first))</blockquote>"
                + "<div class=meta>\(Self.escape(first.outlet ?? first.documentID)) · \(Self.escape(first.documentID)) · "
                + "\(reports.count) report(s) · <a href=\"/events/\(Self.escape(event.id))\">evidence</a></div></li>"
        }
        return html + "</ol></section>"
    }

    /// The sentence with the source and target spans marked.
    func highlight(_ mention: StoredMention) -> String {
        let scalars = Array(mention.sentenceText.unicodeScalars)
        var marks: [(start: Int, end: Int, kind: String)] = [
            (mention.record.source.span.start - mention.sentenceStart, mention.record.source.span.end - mention.sentenceStart, "source"),
        ]
        if let target = mention.record.target {
            marks.append((target.span.start - mention.sentenceStart, target.span.end - mention.sentenceStart, "target"))
        }
        marks = marks.filter { $0.start >= 0 && $0.end <= scalars.count && $0.start < $0.end }.sorted { $0.start < $1.start }
        if marks.count == 2 && marks[1].start < marks[0].end { marks.removeLast() }
        func text(_ range: Range<Int>) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[range])
            return Self.escape(String(view))
        }
        var html = "", position = 0
        for mark in marks {
            html += text(position..<mark.start) + "<mark class=\(mark.kind)>" + text(mark.start..<mark.end) + "</mark>"
            position = mark.end
        }
        return html + text(position..<scalars.count)
    }

    func articleForm() -> String {
        """
        <section><h2>Code an article</h2>
        <p class=note>Paste an article, or load a file (plain text, or JSON / JSON Lines articles as the API takes
        them); writing needs the server's token (start it with --token).</p>
        <form id=article onsubmit="return postArticle()">
        <textarea id=text placeholder="North Korea and Russia signed a treaty in Pyongyang on Wednesday."></textarea>
        File <input id=file type="file" accept=".txt,.json,.jsonl,text/plain,application/json" onchange="loadFile(this)">
        Date <input id=date type="date"> Token <input id=token type="password" size=18> <button>Code and store</button>
        </form><ul id=posted></ul></section>
        <script>
        function esc(s){return String(s).replace(/[&<>"']/g,function(c){return {'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;',"'":'&#39;'}[c]})}
        function loadFile(input){
          var f=input.files[0]; if(!f){return}
          var r=new FileReader(); r.onload=function(){document.getElementById('text').value=r.result}; r.readAsText(f)}
        function postArticle(){
          var text=document.getElementById('text').value, payload;
          if(/^\\s*\\{/.test(text)){payload=text}else{
            var body={text:text}; var d=document.getElementById('date').value; if(d){body.date=d}
            payload=JSON.stringify(body)}
          fetch('/documents',{method:'POST',headers:{'Content-Type':'application/json',
            'Authorization':'Bearer '+document.getElementById('token').value},body:payload})
          .then(function(r){return r.json()}).then(function(j){
            var out=document.getElementById('posted');
            if(j.error){out.innerHTML='<li>'+esc(j.error.message)+'</li>';return}
            out.innerHTML=j.events.length?j.events.map(function(e){return '<li>'+esc(e.date||'')+' '+esc(e.source.code)+' → '
              +esc(e.target?e.target.code:'—')+': '+esc(e.cameo)+' '+esc(e.cameo_name)+'<br><span class=meta>'+esc(e.text)+'</span></li>'}).join('')
              :'<li>No events in this article.</li>'});
          return false}
        </script>
        """
    }
}

/// Horizontal bars: each partner's cooperation (green) and conflict (red) events.
enum PartnerChart {
    static func svg(_ partners: [PartnerSummary], actor: String) -> String {
        let rowHeight = 22.0, left = 90.0, width = 720.0
        let height = Double(max(1, partners.count)) * rowHeight + 30
        let highest = Double(max(1, partners.map { $0.cooperation + $0.conflict }.max() ?? 1))
        var svg = "<svg class=\"partners\" xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"\(Int(height))\" "
            + "font-family=\"sans-serif\" font-size=\"12\"><title>Partners of \(SeriesChart.escape(actor))</title>"
        for (index, p) in partners.enumerated() {
            let y = 10 + Double(index) * rowHeight
            let cooperation = Double(p.cooperation) / highest * (width - left - 80)
            let conflict = Double(p.conflict) / highest * (width - left - 80)
            svg += "<text x=\"\(Int(left - 8))\" y=\"\(Int(y + 14))\" text-anchor=\"end\">\(SeriesChart.escape(p.partner))</text>"
                + "<rect class=\"cooperation\" x=\"\(Int(left))\" y=\"\(Int(y + 3))\" width=\"\(Int(cooperation.rounded()))\" height=\"14\" fill=\"#1b7f3b\">"
                + "<title>\(SeriesChart.escape(p.partner)): \(p.cooperation) cooperative event(s)</title></rect>"
                + "<rect class=\"conflict\" x=\"\(Int(left + cooperation.rounded()))\" y=\"\(Int(y + 3))\" width=\"\(Int(conflict.rounded()))\" height=\"14\" fill=\"#b3261e\">"
                + "<title>\(SeriesChart.escape(p.partner)): \(p.conflict) conflictual event(s)</title></rect>"
                + "<text x=\"\(Int(left + cooperation + conflict + 6))\" y=\"\(Int(y + 14))\">\(p.events)</text>"
        }
        return svg + "</svg>"
    }
}
