import Foundation

extension Array where Element: Sendable {
    /// `transform` of every element, worked out on `threads` threads (the cores, by default),
    /// in the array's order. Each thread takes the next element when it finishes one, so a slow
    /// element does not hold up a whole share.
    func parallelMap<Result: Sendable>(threads: Int = ProcessInfo.processInfo.activeProcessorCount,
                                       _ transform: @escaping @Sendable (Element) -> Result) -> [Result] {
        let slots = Slots<Result>(count: count)
        let items = self
        let workers = Swift.max(1, Swift.min(threads, count))
        guard workers > ProcessInfo.processInfo.activeProcessorCount else {
            DispatchQueue.concurrentPerform(iterations: workers) { _ in
                while let index = slots.next() { slots.store(transform(items[index]), at: index) }
            }
            return slots.values
        }
        // More threads than cores, for work that mostly waits on the disk: Dispatch would run
        // only as many at once as there are cores.
        // (The threads keep `transform` until they end, after `wait` returns: it escapes.)
        let group = DispatchGroup()
        for _ in 0..<workers {
            group.enter()
            let thread = Thread {
                while let index = slots.next() { slots.store(transform(items[index]), at: index) }
                group.leave()
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        group.wait()
        return slots.values
    }
}

/// One result per element, filled by the threads of `parallelMap`.
private final class Slots<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Value?]
    private var nextIndex = 0

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func next() -> Int? {
        lock.withLock {
            guard nextIndex < slots.count else { return nil }
            defer { nextIndex += 1 }
            return nextIndex
        }
    }

    func store(_ value: Value, at index: Int) { lock.withLock { slots[index] = value } }

    var values: [Value] { lock.withLock { slots.map { $0! } } }
}
