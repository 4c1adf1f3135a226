import DyadCore
import Testing
@testable import DyadText

@Suite("HTMLReader")
struct HTMLReaderTests {
    private func read(_ html: String, options: ReaderOptions = ReaderOptions()) -> ReadResult {
        read(bytes: Array(html.utf8), options: options)
    }

    private func read(bytes: [UInt8], options: ReaderOptions = ReaderOptions()) -> ReadResult {
        HTMLReader().read(InputBytes(name: "pages/story.html", stem: "story", bytes: bytes), options: options)
    }

    private func paragraphs(_ result: ReadResult) -> [String] {
        result.documents.first.map { $0.text.components(separatedBy: "\n\n") } ?? []
    }

    private static let newsPage = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <title>Talks resume in Geneva | Daily Planet</title>
          <meta property="og:site_name" content="Daily Planet">
          <meta property="og:url" content="https://planet.example/og">
          <link rel="canonical" href="https://planet.example/world/talks?id=7&amp;src=rss">
          <meta property="article:published_time" content="2024-03-05T09:30:00Z">
          <script>var x = "<p>not text</p>";</script>
          <style>p { color: red }</style>
        </head>
        <body>
          <header class="site-header"><a href="/">Daily Planet</a><nav><ul><li>World</li><li>Sport</li></ul></nav></header>
          <div class="breadcrumbs">Home &gt; World</div>
          <article>
            <h1>Talks   resume
                in Geneva</h1>
            <div class="share-tools"><button>Share</button> <a href="#">Tweet</a></div>
            <p>GENEVA &mdash; Negotiators met on Tuesday,
               officials said.</p>
            <figure><img src="a.jpg" alt="table"><figcaption>Delegates at the table.</figcaption></figure>
            <p>The talks   will continue&nbsp;on Wednesday.</p>
            <aside>Read more: other talks</aside>
            <section id="comments"><h3>Comments (12)</h3><p>First!</p></section>
          </article>
          <div class="related-articles"><h2>Related</h2><p>Another story</p></div>
          <footer><p>&copy; Daily Planet</p></footer>
          <noscript>Enable JavaScript</noscript>
        </body>
        </html>
        """

    @Test("an article page gives its headline and body paragraphs, without furniture")
    func articlePage() throws {
        let result = read(Self.newsPage)
        #expect(result.diagnostics.isEmpty)
        let document = try #require(result.documents.first)
        #expect(result.documents.count == 1)
        #expect(document.id == "story")
        #expect(document.title == "Talks resume in Geneva")
        #expect(paragraphs(result) == [
            "Talks resume in Geneva",
            "GENEVA — Negotiators met on Tuesday, officials said.",
            "Delegates at the table.",
            "The talks will continue on Wednesday.",
        ])
        #expect(document.date == CalendarDate(year: 2024, month: 3, day: 5))
        #expect(document.url == "https://planet.example/world/talks?id=7&src=rss")
        #expect(document.source == "Daily Planet")
        #expect(document.origin == "pages/story.html")
    }

    @Test("without an article element the body minus dropped parts is the text")
    func bodyWithoutArticle() {
        let html = """
            <html><head><title>Storm hits coast - Coast News</title></head><body>
            <div id="main-menu"><a>Home</a></div>
            <div class="content"><h1>Storm hits coast</h1>
            <p>Winds of 120 km/h<br>closed the port.</p>
            <table><tr><td>Ships</td><td>12</td></tr><tr><td>Boats</td><td>40</td></tr></table>
            <div class="newsletter-signup">Subscribe to our newsletter</div>
            <div class="cookie-banner">We use cookies</div>
            <div role="navigation">Next story</div>
            <div class="ad-slot">Buy now</div>
            <p class="commentary">Analysts expect more storms.</p>
            </div></body></html>
            """
        let result = read(html)
        #expect(result.documents.first?.title == "Storm hits coast")
        #expect(paragraphs(result) == [
            "Storm hits coast", "Winds of 120 km/h", "closed the port.", "Ships 12", "Boats 40",
            "Analysts expect more storms.",
        ])
    }

    @Test("without h1 the title element is the headline, its site-name suffix removed")
    func titleAsHeadline() {
        let html = """
            <html><head><title>Ceasefire holds &ndash; Border Times</title>
            <meta property="og:site_name" content="Border Times"></head>
            <body><p>The ceasefire held overnight.</p></body></html>
            """
        let result = read(html)
        #expect(result.documents.first?.title == "Ceasefire holds")
        #expect(paragraphs(result) == ["Ceasefire holds", "The ceasefire held overnight."])
    }

    @Test("an element marked articleBody or story-body is the article")
    func articleBodyMarkers() {
        let html = """
            <body><h1>Vote counted</h1><div class="teaser"><p>Teaser text</p></div>
            <div itemprop="articleBody"><p>The vote was counted by hand.</p><p>Turnout was high.</p></div>
            <div class="c-story-body__inner"><p>Nested story body.</p></div></body>
            """
        #expect(paragraphs(read(html)) == ["Vote counted", "The vote was counted by hand.", "Turnout was high."])
    }

    @Test("of several articles the one with the most text is taken; header inside it is kept (not its byline), footer too")
    func largestArticle() {
        let html = """
            <body><article><p>Short card.</p></article>
            <article><header><h1>Main story</h1><p class="byline">By A. Writer</p></header>
            <p>This is the main story with much more text than the card.</p>
            <footer>Filed under World</footer></article></body>
            """
        #expect(paragraphs(read(html)) == [
            "Main story", "This is the main story with much more text than the card.", "Filed under World",
        ])
    }

    @Test("an article element holding only the headline does not hide the body text")
    func headlineOnlyArticle() {
        let html = "<body><article><h1>Port closed</h1></article><div><p>The port closed at noon.</p></div></body>"
        #expect(paragraphs(read(html)) == ["Port closed", "The port closed at noon."])
    }

    @Test("named, numeric and invalid character references")
    func entities() {
        let html = """
            <body><p>&ldquo;Yes,&rdquo; he said &mdash; it&rsquo;s &quot;done&quot; &amp; over&hellip; \
            &#8217;&#x2019;&#146; AT&amp;T &amp more &copy;2024 &bogus; &#xZZ; &#1114112; &#55296; caf&eacute;</p></body>
            """
        #expect(paragraphs(read(html)) == [
            "“Yes,” he said — it’s \"done\" & over… ’’’ AT&T & more ©2024 &bogus; &#xZZ; &#1114112; &#55296; café",
        ])
    }

    @Test("tolerates unclosed tags, stray <, odd attributes, comments, CDATA and upper case")
    func malformedMarkup() {
        let html = """
            <!doctype html><HTML><BODY>
            <!-- <p>commented out</p> -->
            <P CLASS=lead>First a < b and 3<4
            <p data-x data-y= >Second <b>bold <i>both</p>
            <p>Third <![CDATA[raw & kept]]> end
            <div class="lead"<p>Fourth after a broken tag</p>
            <ul><li>one<li>two<li>three</ul>
            <p title='a > b'>Fifth</p>
            </BODY></HTML>
            """
        let result = read(html)
        #expect(result.diagnostics.isEmpty)
        #expect(paragraphs(result) == [
            "First a < b and 3<4", "Second bold both", "Third raw & kept end", "Fourth after a broken tag",
            "one", "two", "three", "Fifth",
        ])
    }

    @Test("a furniture element left open ends with its parent")
    func unclosedFurniture() {
        let html = """
            <body><div class="post"><p>Kept one.</p><div class="social-links"><a>Facebook</a></div>
            <p>Kept two.</p></div><p>Kept three.</p></body>
            """
        #expect(paragraphs(read(html)) == ["Kept one.", "Kept two.", "Kept three."])
        let unclosed = "<body><div><span class=\"share-count\">12 shares<p>Lost in share</div><p>Back.</p></body>"
        #expect(paragraphs(read(unclosed)) == ["Back."])
    }

    @Test("scripts, styles, templates, svg titles, hidden parts and nested comment articles are dropped")
    func droppedKinds() {
        let html = """
            <body><article class="post has-comments"><h1>Bridge reopens</h1>
            <SCRIPT type="text/javascript">document.write("<p>fake</p></div>");</SCRIPT>
            <style>.x { content: "<b>" }</style><template><p>Template text</p></template>
            <p>The bridge <svg><title>Icon</title><path d="M0"/></svg>reopened today.</p>
            <div hidden>Hidden text</div><p style="display: none">Invisible</p>
            <form><label>Email</label><input type="email"><button>Sign up</button></form>
            <p>Traffic <span class="ad-inline">BUY NOW</span>resumed.</p>
            <article class="comment"><p>Great news!</p></article>
            <iframe src="x">Your browser does not support iframes</iframe>
            </article></body>
            """
        #expect(paragraphs(read(html)) == ["Bridge reopens", "The bridge reopened today.", "Traffic resumed."])
    }

    @Test("a truncated page keeps the text before the cut")
    func truncated() {
        let result = read("<html><body><h1>Cut</h1><p>Text before the cut.</p><p class=\"x")
        #expect(paragraphs(result) == ["Cut", "Text before the cut."])
    }

    @Test("date sources in order; meta name=date and time datetime")
    func dateSources() {
        let meta = read("<head><meta name=\"date\" content=\"2023-11-02\"></head><body><p>x y</p></body>")
        #expect(meta.documents.first?.date == CalendarDate(year: 2023, month: 11, day: 2))
        let time = read("<body><p>Text <time datetime=\"2022-01-31T10:00\">Monday</time></p></body>")
        #expect(time.documents.first?.date == CalendarDate(year: 2022, month: 1, day: 31))
        let fallback = read("<body><p>Text</p></body>",
                            options: ReaderOptions(defaultDate: CalendarDate(year: 2020, month: 6, day: 1)))
        #expect(fallback.documents.first?.date == CalendarDate(year: 2020, month: 6, day: 1))
    }

    @Test("an invalid date is a warning with its location and gives no date")
    func invalidDate() throws {
        func page(time: String) -> String {
            "<html><head>\n<meta property=\"article:published_time\" content=\"2024-02-30T08:00\">\n"
                + "</head><body><p>Text</p><time datetime=\"\(time)\">March 3</time></body></html>"
        }
        let result = read(page(time: "March 3"))
        let document = try #require(result.documents.first)
        #expect(document.date == nil)
        #expect(result.diagnostics.count == 2)
        #expect(result.diagnostics.allSatisfy { $0.severity == .warning })
        let first = try #require(result.diagnostics.first)
        #expect(first.location.line == 2 && first.location.column == 1)
        #expect(first.message.contains("2024-02-30"))
        #expect(result.diagnostics[1].message.contains("YYYY-MM-DD"))
        // A valid later source still gives the date.
        let withTime = read(page(time: "2024-03-03"))
        #expect(withTime.documents.first?.date == CalendarDate(year: 2024, month: 3, day: 3))
    }

    @Test("invalid UTF-8 is an error at its line and column, and the page is skipped")
    func invalidUTF8() throws {
        var bytes = Array("<html><body>\n<p>caf".utf8)
        bytes.append(0xE9)
        bytes += Array("</p></body></html>".utf8)
        let result = read(bytes: bytes)
        #expect(result.documents.isEmpty)
        let error = try #require(result.diagnostics.first)
        #expect(error.severity == .error)
        #expect(error.location.description == "pages/story.html:2:7")
    }

    @Test("a page declaring windows-1252 is decoded with a warning")
    func windows1252() throws {
        var bytes = Array("<html><head><meta charset=\"windows-1252\"></head><body><p>caf".utf8)
        bytes += [0xE9, 0x20, 0x93, 0x71, 0x94, 0x20, 0x80, 0x35]
        bytes += Array("</p></body></html>".utf8)
        let result = read(bytes: bytes)
        #expect(paragraphs(result) == ["café “q” €5"])
        #expect(result.diagnostics.map(\.severity) == [.warning])
        let latin1 = Array("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"><p>".utf8)
            + [0x4E, 0xFC, 0x72, 0x6E, 0x62, 0x65, 0x72, 0x67]
        #expect(paragraphs(read(bytes: latin1)) == ["Nürnberg"])
    }

    @Test("binary junk, empty input and pages without text are errors")
    func noText() {
        let junk = read(bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00])
        #expect(junk.documents.isEmpty && junk.skippedSomething)
        let empty = read(bytes: [])
        #expect(empty.documents.isEmpty && empty.skippedSomething)
        let scripts = read("<html><head><title>App</title><script>render()</script></head><body><nav>Menu</nav></body>")
        #expect(scripts.documents.isEmpty)
        #expect(scripts.diagnostics.first?.message.contains("no article text") == true)
    }

    @Test("page furniture lines go and a trailing Source: line becomes the source")
    func furnitureLines() throws {
        let html = """
            <body><h1>Dam opens</h1><p>The dam opened on Monday.</p><p>Photo: Reuters</p>
            <p>Share this article</p><p>Source: https://wire.example/dam</p></body>
            """
        let result = read(html)
        let document = try #require(result.documents.first)
        #expect(document.text == "Dam opens\n\nThe dam opened on Monday.")
        #expect(document.source == "https://wire.example/dam")
    }

    @Test("every prefix of a page, and seeded random edits of it, read without crashing: a document or an error")
    func robustness() {
        let bytes = Array(Self.newsPage.utf8)
        var generator = SeededGenerator(seed: 7)
        let inputs = (0...bytes.count).map { Array(bytes[..<$0]) } + (0..<400).map { _ in mutated(bytes, using: &generator) }
        for input in inputs {
            let result = read(bytes: input)
            #expect(result.documents.count == 1 || result.skippedSomething)
            #expect(result.documents.allSatisfy { !$0.text.isEmpty })
            #expect(result.diagnostics.allSatisfy { ($0.location.line ?? 1) >= 1 && ($0.location.column ?? 1) >= 1 })
        }
    }

    @Test("pages over the record size limit are skipped")
    func sizeLimit() {
        let result = read("<p>Some text here.</p>", options: ReaderOptions(maxRecordBytes: 8))
        #expect(result.documents.isEmpty && result.skippedSomething)
    }
}
