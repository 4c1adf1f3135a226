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
}
