/// The last `capacity` values stored, by key; older ones are forgotten first. Not thread-safe:
/// its owner locks.
struct RecentCache<Key: Hashable, Value> {
    let capacity: Int
    private var values: [Key: Value] = [:]
    private var order: [Key] = []

    init(capacity: Int) { self.capacity = max(1, capacity) }

    subscript(key: Key) -> Value? {
        get { values[key] }
        set {
            guard let newValue else {
                values[key] = nil
                order.removeAll { $0 == key }
                return
            }
            if values.updateValue(newValue, forKey: key) == nil { order.append(key) }
            while order.count > capacity { values[order.removeFirst()] = nil }
        }
    }
}
