import ImpactModel

/// The checks made on a set of templates before anything is rendered, so that an edited
/// template can neither crash nor run away: every file within ``InputLimits/templateBytes``,
/// sections nested at most ``InputLimits/templateDepth`` deep, every partial it includes
/// present, none including itself (directly or through others), and, partials expanded, no
/// template larger than a rendered document may be. It also works out how many bytes each
/// section's body can add per item it repeats for, which ``TemplateMeter`` charges while
/// rendering.
struct TemplateCheck {
  /// One template's text and the path its errors name.
  struct File {
    var text: String
    var path: String
  }

  /// The most bytes one item of a section named so can add: its body, partials expanded
  /// (the largest over every section of that name).
  private(set) var sectionBytes: [String: Int] = [:]
  /// Where the first section of each name is in each template (by template name), for the
  /// message when rendering stops there.
  private var sectionPlaces: [String: [String: Int]] = [:]
  /// Each template's size with its partials expanded, by name (no `.mustache`).
  private(set) var expandedBytes: [String: Int] = [:]

  private var tags: [String: [TemplateTag]] = [:]
  private let files: [String: File]
  private let limits: InputLimits

  /// Checks `files` (by name, without `.mustache`).
  init(files: [String: File], limits: InputLimits) throws(TemplateError) {
    self.files = files
    self.limits = limits
    for (name, file) in files.sorted(by: { $0.key < $1.key }) {
      guard file.text.utf8.count <= limits.templateBytes else {
        throw .syntax(
          file: file.path, line: 1, column: 1,
          problem:
            "the file is larger than a template may be (\(InputLimits.size(limits.templateBytes)))")
      }
      let (found, complete) = TemplateTag.scan(file.text)
      try Self.checkTags(found, complete: complete, of: file.path, names: files, limits: limits)
      tags[name] = found
    }
    for name in files.keys.sorted() {
      var chain: [String] = []
      try expand(name, chain: &chain)
    }
    for (name, found) in tags {
      measureSections(found, of: name)
    }
  }

  /// Where the section `section` is: in the template `name` if it has one, else in the first
  /// template (by name) that has; the template's first line when none has.
  func place(of section: String, in name: String) -> (path: String, line: Int) {
    if let line = sectionPlaces[name]?[section] { return (path(of: name), line) }
    for (other, places) in sectionPlaces.sorted(by: { $0.key < $1.key }) {
      if let line = places[section] { return (path(of: other), line) }
    }
    return (path(of: name), 1)
  }

  /// The path errors name for the template `name`.
  func path(of name: String) -> String {
    files[name]?.path ?? name + ".mustache"
  }

  /// Nesting, sections never closed, partials named by the data and partials that do not
  /// exist, in one file (`complete` when every tag was read to its end).
  private static func checkTags(
    _ tags: [TemplateTag], complete: Bool, of path: String, names: [String: File],
    limits: InputLimits
  ) throws(TemplateError) {
    var open: [TemplateTag] = []
    for tag in tags {
      switch tag.kind {
      case .open, .parent:
        open.append(tag)
        guard open.count <= limits.templateDepth else {
          throw .syntax(
            file: path, line: tag.line, column: 1,
            problem: "sections are nested more than \(limits.templateDepth) deep")
        }
      case .close:
        // A close that matches no open section is left to the parser to explain.
        if open.last?.name == tag.name { open.removeLast() }
      case .dynamicPartial:
        throw .syntax(
          file: path, line: tag.line, column: 1,
          problem: "the partial {{>\(tag.name)}} takes its name from the data; name the partial "
            + "itself, as {{> _name}}")
      case .partial, .other: break
      }
      if tag.kind == .partial || tag.kind == .parent, names[tag.name] == nil {
        throw .syntax(
          file: path, line: tag.line, column: 1,
          problem: "the partial \(tag.name) does not exist (there is no \(tag.name).mustache in "
            + "the templates folder, nor a built-in one)")
      }
    }
    if complete, let unclosed = open.last {
      throw .syntax(
        file: path, line: unclosed.line, column: 1,
        problem: "the section {{#\(unclosed.name)}} is never closed with {{/\(unclosed.name)}}")
    }
  }

  /// Works out the expanded size of `name`, refusing a partial that includes itself.
  @discardableResult
  private mutating func expand(_ name: String, chain: inout [String]) throws(TemplateError) -> Int {
    if let known = expandedBytes[name] { return known }
    guard let file = files[name], let found = tags[name] else { return 0 }
    chain.append(name)
    defer { chain.removeLast() }
    var total = file.text.utf8.count
    for tag in found where tag.kind == .partial || tag.kind == .parent {
      if let loop = chain.firstIndex(of: tag.name) {
        let cycle = (chain[loop...] + [tag.name]).joined(separator: " → ")
        throw .syntax(
          file: file.path, line: tag.line, column: 1,
          problem: "the partial \(tag.name) includes itself (\(cycle)), so it would never end")
      }
      total = Self.add(total, try expand(tag.name, chain: &chain))
      if total > limits.renderedBytes {
        throw .syntax(
          file: file.path, line: tag.line, column: 1,
          problem: "with the partials it includes, the template is larger than a document may "
            + "be (\(InputLimits.size(limits.renderedBytes))) before any figure is filled in")
      }
    }
    expandedBytes[name] = total
    return total
  }

  /// Each section's body size, partials expanded, by the section's name.
  private mutating func measureSections(_ found: [TemplateTag], of name: String) {
    guard let file = files[name] else { return }
    var open: [(tag: TemplateTag, partials: Int)] = []
    for tag in found {
      switch tag.kind {
      case .open, .parent:
        open.append((tag, 0))
      case .partial:
        if !open.isEmpty {
          let size = expandedBytes[tag.name] ?? 0
          for index in open.indices { open[index].partials = Self.add(open[index].partials, size) }
        }
      case .close:
        guard let last = open.popLast() else { continue }
        if last.tag.kind == .parent, !open.isEmpty {
          let size = expandedBytes[last.tag.name] ?? 0
          for index in open.indices { open[index].partials = Self.add(open[index].partials, size) }
        }
        let body = Self.add(tag.start - last.tag.end, last.partials)
        sectionBytes[last.tag.name] = max(sectionBytes[last.tag.name] ?? 0, body)
        if sectionPlaces[name, default: [:]][last.tag.name] == nil {
          sectionPlaces[name, default: [:]][last.tag.name] = last.tag.line
        }
      case .dynamicPartial, .other: break
      }
    }
  }

  /// A sum that stops at `Int.max` instead of overflowing.
  static func add(_ a: Int, _ b: Int) -> Int {
    let (sum, overflow) = a.addingReportingOverflow(b)
    return overflow ? .max : sum
  }
}
