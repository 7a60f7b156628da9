import Foundation

/// Two stages of audio work side by side: `produce` runs on a thread of its own and hands its
/// chunks over, `consume` takes them here in the same order. At most `depth` chunks wait between
/// them, so memory stays small. The final pass uses it to level and limit one chunk while the
/// encoder writes the one before.
enum ChunkPipeline {
    static func run(depth: Int = 2,
                    produce: @escaping @Sendable (_ emit: (UnsafeBufferPointer<Float>) throws -> Void) throws -> Void,
                    consume: (UnsafeBufferPointer<Float>) throws -> Void) throws {
        let queue = Handover(depth: depth)
        let producer = Thread {
            do {
                try produce { chunk in try queue.put(Array(chunk)) }
                queue.finish(nil)
            } catch {
                queue.finish(error)
            }
        }
        producer.start()
        do {
            while let chunk = try queue.take() {
                try chunk.withUnsafeBufferPointer { try consume($0) }
            }
        } catch {
            // The producer stops at its next chunk; wait for it, so nothing outlives the call.
            queue.cancel()
            queue.waitUntilFinished()
            throw error
        }
    }

    /// The chunks between the two stages.
    private final class Handover: @unchecked Sendable {
        private let condition = NSCondition()
        private let depth: Int
        private var chunks: [[Float]] = []
        private var finished = false
        private var failure: (any Error)?
        private var cancelled = false

        init(depth: Int) { self.depth = max(1, depth) }

        /// Waits for room, then adds `chunk`; throws once the consumer has given up.
        func put(_ chunk: [Float]) throws {
            condition.lock()
            defer { condition.unlock() }
            while chunks.count >= depth && !cancelled { condition.wait() }
            if cancelled { throw CancellationError() }
            chunks.append(chunk)
            condition.broadcast()
        }

        func finish(_ error: (any Error)?) {
            condition.withLock {
                finished = true
                failure = error
            }
            condition.broadcast()
        }

        /// The next chunk, or nil after the last; rethrows the producer's error.
        func take() throws -> [Float]? {
            condition.lock()
            defer { condition.unlock() }
            while chunks.isEmpty && !finished { condition.wait() }
            if !chunks.isEmpty {
                let chunk = chunks.removeFirst()
                condition.broadcast()
                return chunk
            }
            if let failure { throw failure }
            return nil
        }

        func cancel() {
            condition.withLock { cancelled = true }
            condition.broadcast()
        }

        func waitUntilFinished() {
            condition.lock()
            while !finished { condition.wait() }
            condition.unlock()
        }
    }
}
