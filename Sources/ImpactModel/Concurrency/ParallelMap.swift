import Dispatch

/// Independent pieces of work on every core: `map(_:_:)` computes each element's result on
/// whichever thread is free and returns the results in the elements' order, so the output is
/// the same as a plain `map`'s. The analytics compute periods with it; a report writes its
/// workbook beside its other files with it.
public enum ParallelMap {
  /// `items.map(transform)`, computed concurrently.
  public static func map<Element: Sendable, Result: Sendable>(
    _ items: [Element], _ transform: @Sendable (Element) -> Result
  ) -> [Result] {
    guard items.count > 1 else { return items.map(transform) }
    let slots = Slots<Result>(count: items.count)
    DispatchQueue.concurrentPerform(iterations: items.count) { index in
      slots.store(transform(items[index]), at: index)
    }
    return slots.values()
  }

  /// One slot per result; each is written once, by one thread, before `values()` is read
  /// (after `concurrentPerform` returns), so no two threads touch the same memory.
  private final class Slots<Value>: @unchecked Sendable {
    private let storage: UnsafeMutablePointer<Value?>
    private let count: Int

    init(count: Int) {
      self.count = count
      storage = .allocate(capacity: count)
      storage.initialize(repeating: nil, count: count)
    }

    deinit {
      storage.deinitialize(count: count)
      storage.deallocate()
    }

    func store(_ value: Value, at index: Int) {
      storage[index] = value
    }

    func values() -> [Value] {
      (0..<count).map { storage[$0]! }
    }
  }
}
