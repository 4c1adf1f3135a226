/// The state of the arc-eager transition system: a stack, a buffer position, and the arcs built so far.
struct ParserState {
    /// Token indices on the stack, top last.
    var stack: [Int] = []
    /// First token of the buffer.
    var next = 0
    /// Head of each token (-1 while it has none).
    var heads: [Int]
    /// Label index of each token's arc (-1 while it has none).
    var labels: [Int]
    /// Leftmost and rightmost dependents, for features (-1 when none).
    var leftmost: [Int]
    var rightmost: [Int]
    /// Numbers of left and right dependents, for valency features.
    var leftCount: [Int]
    var rightCount: [Int]
    let count: Int

    init(count: Int) {
        self.count = count
        heads = Array(repeating: -1, count: count)
        labels = Array(repeating: -1, count: count)
        leftmost = Array(repeating: -1, count: count)
        rightmost = Array(repeating: -1, count: count)
        leftCount = Array(repeating: 0, count: count)
        rightCount = Array(repeating: 0, count: count)
    }

    var isFinal: Bool { next >= count }

    /// The transitions.
    enum Move: Int, CaseIterable {
        case shift = 0, reduce, left, right
    }

    func isLegal(_ move: Move) -> Bool {
        switch move {
        case .shift: return next < count
        case .reduce: return !stack.isEmpty && heads[stack.last!] >= 0
        case .left: return !stack.isEmpty && next < count && heads[stack.last!] < 0
        case .right: return !stack.isEmpty && next < count
        }
    }

    mutating func apply(_ move: Move, label: Int) {
        switch move {
        case .shift:
            stack.append(next)
            next += 1
        case .reduce:
            stack.removeLast()
        case .left:
            let dependent = stack.removeLast()
            attach(dependent, to: next, label: label)
        case .right:
            let head = stack.last!
            attach(next, to: head, label: label)
            stack.append(next)
            next += 1
        }
    }

    private mutating func attach(_ dependent: Int, to head: Int, label: Int) {
        heads[dependent] = head
        labels[dependent] = label
        if dependent < head {
            leftCount[head] += 1
            if leftmost[head] < 0 || dependent < leftmost[head] { leftmost[head] = dependent }
        } else {
            rightCount[head] += 1
            if rightmost[head] < 0 || dependent > rightmost[head] { rightmost[head] = dependent }
        }
    }

    /// The static oracle's move for a projective gold tree (`gold` heads, -1 for the root).
    func oracle(gold: [Int]) -> Move {
        if let top = stack.last, next < count {
            if gold[top] == next && heads[top] < 0 { return .left }
            if gold[next] == top { return .right }
            if heads[top] >= 0 {
                var needed = false
                for k in next..<count where gold[k] == top || gold[top] == k { needed = true; break }
                // Top still has dependents (or its head) in the buffer: keep it; otherwise reduce.
                if !needed { return .reduce }
            }
            return .shift
        }
        if !stack.isEmpty && next >= count { return .reduce }
        return .shift
    }

    /// The dynamic oracle's cost of `move`: how many gold arcs still reachable it makes unreachable (Goldberg and
    /// Nivre's arc-eager costs). Zero-cost moves can still reach the best tree from this state.
    func cost(of move: Move, gold: [Int]) -> Int {
        guard isLegal(move) else { return Int.max }
        let top = stack.last ?? -1
        switch move {
        case .shift:
            // The next token's head or dependents on the stack become unreachable.
            return stack.reduce(0) { $0 + (gold[next] == $1 && heads[next] < 0 ? 1 : 0) + (gold[$1] == next && heads[$1] < 0 ? 1 : 0) }
        case .reduce:
            // The top's dependents still in the buffer.
            var cost = 0
            for k in next..<count where gold[k] == top { cost += 1 }
            return cost
        case .left:
            // The top's head later in the buffer, and its dependents in the buffer.
            var cost = 0
            for k in next..<count {
                if gold[top] == k && k != next { cost += 1 }
                if gold[k] == top { cost += 1 }
            }
            return cost
        case .right:
            // The next token's head elsewhere on the stack or in the buffer, and its dependents on the stack.
            var cost = 0
            for k in stack where k != top {
                if gold[next] == k { cost += 1 }
                if gold[k] == next && heads[k] < 0 { cost += 1 }
            }
            for k in (next + 1)..<max(next + 1, count) where gold[next] == k { cost += 1 }
            return cost
        }
    }
}
