/// The state of the arc-eager transition system: a stack, a buffer position, and the arcs built so far, with what
/// the features need to know about each token's dependents.
struct ParserState {
    /// Token indices on the stack, top last.
    var stack: [Int] = []
    /// First token of the buffer.
    var next = 0
    /// Head of each token (-1 while it has none).
    var heads: [Int]
    /// Label index of each token's arc (-1 while it has none).
    var labels: [Int]
    /// Outermost dependents on each side (-1 when none).
    var leftmost: [Int]
    var rightmost: [Int]
    /// Numbers of left and right dependents, for valency features.
    var leftCount: [Int]
    var rightCount: [Int]
    let count: Int

    init(count: Int) {
        self.count = count
        heads = Array(repeating: -1, count: count)
        labels = heads
        leftmost = heads
        rightmost = heads
        leftCount = Array(repeating: 0, count: count)
        rightCount = leftCount
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

    /// Gives the arc of `dependent`, built with no label, the label numbered `label`.
    mutating func label(_ dependent: Int, _ label: Int) {
        labels[dependent] = label
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
}
