import Mustache

/// Keeps count, while a document renders, of an upper bound on the bytes it is writing, and
/// stops it once that passes ``InputLimits/renderedBytes``: every value the template looks up
/// is charged its length, every item a section repeats for is charged the section's body
/// (from ``TemplateCheck``). Once over, every lookup finds nothing, so the rest of the
/// template renders as empty sections in a few steps, and the renderer reports where it
/// stopped. A template that nests a long list inside itself therefore meets a message, not
/// gigabytes of memory.
final class TemplateMeter {
  private let sectionBytes: [String: Int]
  private let limit: Int
  private(set) var charged = 0
  /// The section being repeated when the count passed the limit.
  private(set) var stoppedAt: String?

  /// A meter starting from `start` bytes (the template's own text, partials expanded).
  init(start: Int, sectionBytes: [String: Int], limit: Int) {
    self.sectionBytes = sectionBytes
    self.limit = limit
    charged = start
    if start > limit { stoppedAt = "" }
  }

  /// Whether the count has passed the limit.
  var isOver: Bool { stoppedAt != nil }

  /// Adds `bytes` for the section or value `name`; false once over the limit.
  func charge(_ bytes: Int, for name: String) -> Bool {
    guard stoppedAt == nil else { return false }
    charged = TemplateCheck.add(charged, bytes)
    if charged > limit { stoppedAt = name }
    return stoppedAt == nil
  }

  /// The bytes one item of the section `name` can add.
  func itemBytes(_ name: String) -> Int {
    sectionBytes[name] ?? 0
  }

  /// `view` wrapped so that every lookup through it is charged to this meter.
  func wrap(_ view: Any) -> Any {
    MeteredValue(base: view, meter: self)
  }

  /// A looked-up value as the template sees it: lists and structures wrapped, so lookups
  /// below them are charged too; texts, numbers and flags as they are, charged their length.
  fileprivate func wrap(child value: Any, named name: String) -> Any? {
    guard !isOver else { return nil }
    if value is MustacheTemplate || value is MustacheLambda || value is MustacheCustomRenderable {
      return value
    }
    if let sequence = value as? any MustacheSequence {
      return MeteredSequence(items: Self.items(of: sequence), name: name, meter: self)
    }
    switch Mirror(reflecting: value).displayStyle {
    case .struct?, .class?:
      return MeteredValue(base: value, meter: self)
    default:
      let length = (value as? String)?.utf8.count ?? 24
      // Escaping can make a character up to six (`&quot;`).
      return charge(length * 6, for: name) ? value : nil
    }
  }

  private static func items<S: Sequence>(of sequence: S) -> [Any] {
    sequence.map { $0 as Any }
  }
}

/// A structure (a view, a row) whose lookups are charged to a ``TemplateMeter``.
private struct MeteredValue: MustacheParent, CustomStringConvertible {
  let base: Any
  let meter: TemplateMeter

  func child(named name: String) -> Any? {
    let found: Any?
    if let parent = base as? MustacheParent {
      found = parent.child(named: name)
    } else {
      found =
        Mirror(reflecting: base).children.first { $0.label == name }.map {
          Self.unwrapOptional($0.value)
        } ?? nil
    }
    guard let found else { return nil }
    return meter.wrap(child: found, named: name)
  }

  var description: String { String(describing: base) }

  /// The value an optional holds, `nil` for none; anything else as it is.
  private static func unwrapOptional(_ value: Any) -> Any? {
    let mirror = Mirror(reflecting: value)
    guard mirror.displayStyle == .optional else { return value }
    return mirror.children.first?.value
  }
}

/// A list a section repeats for, each item charged the section's body.
private struct MeteredSequence: MustacheSequence {
  let items: [Any]
  let name: String
  let meter: TemplateMeter

  func makeIterator() -> Iterator {
    Iterator(items: items, name: name, meter: meter)
  }

  struct Iterator: IteratorProtocol {
    let items: [Any]
    let name: String
    let meter: TemplateMeter
    var index = 0

    mutating func next() -> Any? {
      guard index < items.count, meter.charge(meter.itemBytes(name), for: name),
        let item = meter.wrap(child: items[index], named: name)
      else { return nil }
      index += 1
      return item
    }
  }
}
