import DyadCore
import Testing

@Suite("ParallelMap: results in item order, whatever the threads and the items' sizes")
struct ParallelMapTests {
    /// Work of very uneven size: a few long items among many short ones, as documents are.
    static func work(_ item: Int) -> Int {
        var sum = item
        for step in 0..<(item % 17 == 0 ? 200_000 : 100) { sum = sum &* 31 &+ step }
        return sum
    }

    @Test("on 1, 2, 3 and 8 threads the results are those of a plain map, in order", arguments: [1, 2, 3, 8])
    func order(jobs: Int) {
        let items = Array(0..<301)
        #expect(ParallelMap.map(items, jobs: jobs, Self.work) == items.map(Self.work))
    }

    @Test("more threads than items, one item, and no item")
    func edges() {
        #expect(ParallelMap.map([5, 6], jobs: 8) { $0 * 2 } == [10, 12])
        #expect(ParallelMap.map([7], jobs: 4) { $0 + 1 } == [8])
        #expect(ParallelMap.map([Int](), jobs: 4) { $0 }.isEmpty)
    }
}
