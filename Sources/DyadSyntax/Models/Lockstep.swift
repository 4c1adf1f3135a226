/// Jobs run a step at a time in a few lanes, round robin, so that one lane's waits for memory overlap the others'
/// work: the sentences of a document in the parser, the tagger and the entity recogniser (see
/// `TransitionParser.parse(sentences:)`). One scheduler for the three, so they step their lanes alike.
enum Lockstep {
    /// Starts a job in each of `lanes` slots (`start(slot)`, `nil` when no job is left), steps every lane in turn
    /// (`step` returns whether the lane's job is done), hands each finished lane to `finish` and starts the next job
    /// in its slot, until no lane is left. Lanes are stepped in place in the array: a copy of a lane would copy
    /// its state.
    @inline(__always)
    static func run<Lane>(lanes count: Int, start: (_ slot: Int) -> Lane?, slot: (Lane) -> Int,
                          step: (inout Lane) -> Bool, finish: (Lane) -> Void) {
        var lanes: [Lane] = []
        lanes.reserveCapacity(count)
        for index in 0..<count {
            guard let lane = start(index) else { break }
            lanes.append(lane)
        }
        while !lanes.isEmpty {
            var index = 0
            while index < lanes.count {
                guard step(&lanes[index]) else {
                    index += 1
                    continue
                }
                finish(lanes[index])
                if let lane = start(slot(lanes[index])) {
                    lanes[index] = lane
                    index += 1
                } else {
                    lanes.swapAt(index, lanes.count - 1)
                    lanes.removeLast()
                }
            }
        }
    }

    /// Runs `jobs` in order, one lane each, skipping those `skip` says need no work (an empty sentence):
    /// `start(index, slot)` makes the lane of job `index` in lane slot `slot`; then as ``run(lanes:start:slot:step:finish:)``.
    @inline(__always)
    static func run<Job, Lane>(_ jobs: [Job], lanes count: Int, skip: (Job) -> Bool, start: (_ job: Int, _ slot: Int) -> Lane,
                               slot: (Lane) -> Int, step: (inout Lane) -> Bool, finish: (Lane) -> Void) {
        var next = 0
        func begin(in slot: Int) -> Lane? {
            while next < jobs.count {
                let index = next
                next += 1
                if skip(jobs[index]) { continue }
                return start(index, slot)
            }
            return nil
        }
        run(lanes: count, start: begin(in:), slot: slot, step: step, finish: finish)
    }
}

/// The scratch memory of a few lanes, in two blocks zeroed at the start: per lane `wordsPerLane` 64-bit words and
/// `floatsPerLane` floats. Freed by `deallocate()`, once no lane uses it.
struct LaneBuffers {
    let words: UnsafeMutablePointer<UInt64>
    let floats: UnsafeMutablePointer<Float>
    let wordsPerLane: Int
    let floatsPerLane: Int

    init(lanes: Int, wordsPerLane: Int, floatsPerLane: Int) {
        self.wordsPerLane = wordsPerLane
        self.floatsPerLane = floatsPerLane
        words = UnsafeMutablePointer<UInt64>.allocate(capacity: lanes * wordsPerLane)
        words.initialize(repeating: 0, count: lanes * wordsPerLane)
        floats = UnsafeMutablePointer<Float>.allocate(capacity: lanes * floatsPerLane)
        floats.initialize(repeating: 0, count: lanes * floatsPerLane)
    }

    /// Lane `slot`'s words and floats.
    func words(_ slot: Int) -> UnsafeMutablePointer<UInt64> { words + slot * wordsPerLane }
    func floats(_ slot: Int) -> UnsafeMutablePointer<Float> { floats + slot * floatsPerLane }

    func deallocate() {
        words.deallocate()
        floats.deallocate()
    }
}
