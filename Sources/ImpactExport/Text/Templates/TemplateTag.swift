/// One Mustache tag of a template, as far as the checks before rendering need it: what it
/// does, the name it gives and where it is.
///
/// Found by ``scan(_:)``, which follows delimiter changes (`{{=<% %>=}}`) the way Mustache
/// does, so a partial cannot hide from the checks behind other delimiters.
struct TemplateTag: Equatable {
  enum Kind: Equatable {
    /// `{{#name}}`, `{{^name}}`, `{{$name}}`: opens a section, an inverted section or a block.
    case open
    /// `{{/name}}`.
    case close
    /// `{{> name}}`: includes a partial.
    case partial
    /// `{{< name}}`: includes a partial as a parent, with blocks up to its `{{/name}}`.
    case parent
    /// `{{>*name}}` or `{{<*name}}`: a partial whose name comes from the data.
    case dynamicPartial
    /// A variable, a comment, a delimiter change or a setting.
    case other
  }

  var kind: Kind
  /// The tag's name, without its sigil and spaces.
  var name: String
  /// The line the tag starts on, from 1.
  var line: Int
  /// Where the tag starts and where it ends (just after its closing delimiter), as offsets
  /// into the template's UTF-8 bytes.
  var start: Int
  var end: Int

  /// The tags of `text`, in order, and whether the scan reached the end: a tag left
  /// unfinished ends it (the parser reports that tag).
  static func scan(_ text: String) -> (tags: [TemplateTag], complete: Bool) {
    let bytes = Array(text.utf8)
    var open = Array("{{".utf8)
    var close = Array("}}".utf8)
    var tags: [TemplateTag] = []
    var line = 1
    var index = 0
    var lineCountedTo = 0
    while let start = find(open, in: bytes, from: index) {
      line += bytes[lineCountedTo..<start].lazy.filter { $0 == UInt8(ascii: "\n") }.count
      lineCountedTo = start
      var contentStart = start + open.count
      var closing = close
      // A triple mustache, {{{name}}}, ends with one more brace.
      if open == Array("{{".utf8), contentStart < bytes.count,
        bytes[contentStart] == UInt8(ascii: "{")
      {
        closing = Array("}}}".utf8)
        contentStart += 1
      }
      guard let end = find(closing, in: bytes, from: contentStart) else { return (tags, false) }
      let content = String(decoding: bytes[contentStart..<end], as: UTF8.self)
      let trimmed = content.trimmingSpaces()
      var tag = TemplateTag(
        kind: .other, name: "", line: line, start: start, end: end + closing.count)
      if closing.count == 3 {
        tag.name = trimmed
      } else if let sigil = trimmed.first {
        let name = String(trimmed.dropFirst()).trimmingSpaces()
        tag.name = name
        switch sigil {
        case "#", "^", "$": tag.kind = .open
        case "/": tag.kind = .close
        case ">": tag.kind = name.hasPrefix("*") ? .dynamicPartial : .partial
        case "<": tag.kind = name.hasPrefix("*") ? .dynamicPartial : .parent
        case "=":
          // {{=<% %>=}}: the new opening and closing delimiters.
          let parts = trimmed.dropFirst().dropLast().split(separator: " ")
          if trimmed.hasSuffix("="), parts.count == 2 {
            open = Array(parts[0].utf8)
            close = Array(parts[1].utf8)
          }
        default: tag.name = trimmed
        }
      }
      tags.append(tag)
      index = tag.end
    }
    return (tags, true)
  }

  /// The first place `needle` occurs in `bytes` at or after `from`.
  private static func find(_ needle: [UInt8], in bytes: [UInt8], from: Int) -> Int? {
    guard let first = needle.first, !needle.isEmpty, from <= bytes.count - needle.count else {
      return nil
    }
    var index = from
    while index <= bytes.count - needle.count {
      if bytes[index] == first, bytes[index..<(index + needle.count)].elementsEqual(needle) {
        return index
      }
      index += 1
    }
    return nil
  }
}

extension String {
  /// The text without leading and trailing spaces and tabs.
  fileprivate func trimmingSpaces() -> String {
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
    guard let first = firstIndex(where: { !isSpace($0) }),
      let last = lastIndex(where: { !isSpace($0) })
    else { return "" }
    return String(self[first...last])
  }
}
