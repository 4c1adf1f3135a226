import DyadCoding
import DyadCore
import Testing

@Suite("Event dates read from the sentence")
struct DateReaderTests {
    /// The dates (ISO, cut to precision) and expression texts of `text` published on `date`.
    static func dates(_ text: String, published: String = "2025-03-28") -> [String] {
        let day = CalendarDate(iso: published)!
        let (document, _) = ActorTestSupport.pipeline.run(Document(id: "d", date: day, text: text))
        var context = DateReader.Context()
        return document.sentences.flatMap { sentence in
            DateReader().dates(in: document, sentence: sentence, published: day, context: &context).map {
                let span = $0.date.span!
                let words = String(text.unicodeScalars.dropFirst(span.start).prefix(span.end - span.start))
                return "\($0.date.iso) \($0.date.precision.rawValue) '\(words)'"
            }
        }
    }

    @Test("weekdays, yesterday and month-day resolve to the latest such day up to the publication date")
    func days() {
        // 2025-03-28 is a Friday.
        #expect(Self.dates("The two sides met on Tuesday.") == ["2025-03-25 day 'Tuesday'"])
        #expect(Self.dates("The talks ended on Friday.") == ["2025-03-28 day 'Friday'"])
        #expect(Self.dates("Officials said yesterday the bridge would open.") == ["2025-03-27 day 'yesterday'"])
        #expect(Self.dates("They agreed on March 27 to build a road bridge.") == ["2025-03-27 day 'March 27'"])
        #expect(Self.dates("The deal was signed on 19 June 2024 in Pyongyang.") == ["2024-06-19 day '19 June 2024'"])
        #expect(Self.dates("The accord of December 12 was praised.") == ["2024-12-12 day 'December 12'"])
    }

    @Test("months and years keep their precision; relative and following years resolve")
    func coarser() {
        #expect(Self.dates("Putin visited in June 2024.") == ["2024-06 month 'June 2024'"])
        #expect(Self.dates("Trade has grown since August 2023.") == ["2023-08 month 'August 2023'"])
        #expect(Self.dates("Tourists returned last month.") == ["2025-02 month 'last month'"])
        #expect(Self.dates("Exports fell in 2023.") == ["2023 year '2023'"])
        #expect(Self.dates("Under a 2009 agreement, the bridge was finished the following year.")
                    == ["2010 year 'the following year'"])
        #expect(Self.dates("On March 27, the ministry spoke. On the same day, RIA reported the plan.")
                    == ["2025-03-27 day 'March 27'", "2025-03-27 day 'the same day'"])
    }

    @Test("'may' as a verb and 'march' as a noun are not dates")
    func falseFriends() {
        #expect(Self.dates("Russia may send more troops.") == [])
        #expect(Self.dates("The march drew thousands.") == [])
    }
}

@Suite("Event dates at the edges of the calendar")
struct DateEdgeTests {
    @Test("relative dates near year 1 or 9999 are skipped, not a crash")
    func edges() {
        #expect(DateReaderTests.dates("It rose last year and will fall next year.", published: "9999-12-31")
                    == ["9998 year 'last year'"])
        #expect(DateReaderTests.dates("It fell last month.", published: "0001-01-15") == [])
        #expect(DateReaderTests.dates("They met yesterday.", published: "0001-01-01").count == 1)
    }
}

@Suite("Event dates: words that only look like dates")
struct DateLookalikeTests {
    @Test("'last', 'this', 'next' and 'following' without month or year are no dates, even at a sentence's end")
    func lookalikes() {
        #expect(DateReaderTests.dates("Talks were held last week.") == [])
        #expect(DateReaderTests.dates("This was the last.") == [])
        #expect(DateReaderTests.dates("The ministry said the following.") == [])
        #expect(DateReaderTests.dates("It will come next.") == [])
    }
}

@Suite("Event dates: modals and counts")
struct DateModalTests {
    @Test("'this may lead to war' and 'grew by 2000 soldiers' are no dates; 'in May' and 'in 2023' are")
    func modals() {
        #expect(DateReaderTests.dates("France said this may lead to war.") == [])
        #expect(DateReaderTests.dates("The army grew by 2000 soldiers.") == [])
        #expect(DateReaderTests.dates("They met in May.") == ["2024-05 month 'May'"])
        #expect(DateReaderTests.dates("Exports fell in 2023 the ministry said.") == ["2023 year '2023'"])
    }
}
