import Foundation
import ImpactModel
import Mustache

/// The loaded templates: the built-in set, with any file of an organisation's folder in place
/// of the built-in one of the same name, each parsed once.
///
/// A document template is named `<document>.<format>.mustache` (`board-report.md.mustache`);
/// a partial starts with `_` (`_comparison.mustache`) and is included as `{{> _comparison}}`,
/// or, when it leaves a block for the document to fill, as a parent
/// (`{{<_html-head}}{{$title}}…{{/title}}{{/_html-head}}`). Every `_` file is a partial, in
/// the built-in set or a folder alike, so there is no list of them. A one-line partial loses
/// its final line break, so it can sit inside a sentence. The labels (`labels.txt`) are the
/// built-in ones with any the folder's file gives in their place.
///
/// Before anything renders, ``TemplateCheck`` refuses a template too large, nested too deep,
/// naming a partial that does not exist or including itself; while a document renders, a
/// ``TemplateMeter`` stops it past ``InputLimits/renderedBytes``. Each is a ``TemplateError``
/// naming the file and line.
struct ReportTemplates {
  /// One library per format: its document templates and every partial, all escaping for it
  /// (Mustache renders a partial with HTML escaping unless the partial says otherwise, so
  /// each format gets its own copy of the partials, prefixed with its content type).
  private let libraries: [String: MustacheLibrary]
  /// The names loaded (file names without `.mustache`).
  let names: Set<String>
  /// The names, headings, captions and chart titles.
  let labels: ReportLabels
  /// What the checks found: each template's expanded size and each section's body size.
  private let check: TemplateCheck
  private let limits: InputLimits

  /// Loads, checks and parses every template.
  init(source: TemplateSource, limits: InputLimits = .standard) throws(TemplateError) {
    _ = TemplateContentTypes.registered
    var files: [String: (text: String, path: String)] = [:]
    for (name, text) in BuiltInTemplates.files {
      files[name] = (text, "reports/templates/" + name + " (built in)")
    }
    var folderFiles: [(String, String, String)] = []
    if case .folder(let folder) = source {
      folderFiles = try Self.read(folder: folder, limits: limits)
      for (name, text, path) in folderFiles where name != ReportLabels.fileName {
        files[name] = (text, path)
      }
    }
    files[ReportLabels.fileName] = nil
    labels = try Self.labels(from: folderFiles)
    check = try TemplateCheck(
      files: Dictionary(
        uniqueKeysWithValues: files.map {
          (
            String($0.key.dropLast(".mustache".count)),
            TemplateCheck.File(text: $0.value.text, path: $0.value.path)
          )
        }),
      limits: limits)
    self.limits = limits
    var libraries: [String: MustacheLibrary] = [:]
    for format in TextFormat.allCases.map(\.rawValue) {
      var library = MustacheLibrary()
      for (file, entry) in files.sorted(by: { $0.key < $1.key }) {
        let name = String(file.dropLast(".mustache".count))
        let isPartial = name.hasPrefix("_")
        guard isPartial || name.hasSuffix("." + format) else { continue }
        let template = try Self.parse(
          entry.text, path: entry.path, isPartial: isPartial,
          contentType: TemplateContentTypes.name(forFormat: format))
        library.register(template, named: name)
      }
      libraries[format] = library
    }
    self.libraries = libraries
    names = Set(files.keys.map { String($0.dropLast(".mustache".count)) })
  }

  /// Renders `view` with the template `name` (`board-report.md`), or `nil` if there is none;
  /// a document that would pass ``InputLimits/renderedBytes`` is an error.
  func render(_ view: Any, template name: String) throws(TemplateError) -> String? {
    guard let format = name.split(separator: ".").last,
      let library = libraries[String(format)]
    else { return nil }
    return try metered(view, template: name) { library.render($0, withTemplate: name) }
  }

  /// Renders `view` with the partial `name` (`_passage-reach`) as a document of `format`
  /// would include it, or `nil` if there is none.
  func render(_ view: Any, partial name: String, format: TextFormat) throws(TemplateError)
    -> String?
  {
    guard let library = libraries[format.rawValue] else { return nil }
    return try metered(view, template: name) { library.render($0, withTemplate: name) }
  }

  /// `render` given `view` wrapped in a ``TemplateMeter``; an error naming the section that
  /// took the document past the limit.
  private func metered(_ view: Any, template name: String, _ render: (Any) -> String?)
    throws(TemplateError) -> String?
  {
    let meter = TemplateMeter(
      start: check.expandedBytes[name] ?? 0, sectionBytes: check.sectionBytes,
      limit: limits.renderedBytes)
    let text = render(meter.wrap(view))
    guard meter.isOver || (text?.utf8.count ?? 0) > limits.renderedBytes else { return text }
    let section = meter.stoppedAt ?? ""
    let place = check.place(of: section, in: name)
    throw .renderedTooLarge(
      file: place.path, line: place.line, section: section, limit: limits.renderedBytes)
  }

  /// Parses one template, prefixing it with its content type on its first line, so line
  /// numbers in errors stay those of the file. A one-line partial loses its final line break.
  static func parse(_ text: String, path: String, isPartial: Bool, contentType: String?)
    throws(TemplateError) -> MustacheTemplate
  {
    var body = text
    if isPartial, body.hasSuffix("\n"), !body.dropLast().contains("\n") { body.removeLast() }
    let prefix = contentType.map { "{{% CONTENT_TYPE: \($0)}}" } ?? ""
    do {
      return try MustacheTemplate(string: prefix + body)
    } catch let error as MustacheTemplate.ParserError {
      let line = error.context.lineNumber
      let column = error.context.columnNumber - (line == 1 ? prefix.count : 0)
      throw .syntax(
        file: path, line: line, column: max(column, 1), problem: Self.explain(error.error))
    } catch {
      throw .syntax(file: path, line: 1, column: 1, problem: "\(error)")
    }
  }

  /// The labels of a template source: the built-in ones, with any its folder's labels file
  /// gives in their place.
  static func labels(source: TemplateSource) throws(TemplateError) -> ReportLabels {
    guard case .folder(let folder) = source else { return try ReportLabels.builtIn() }
    return try labels(from: read(folder: folder))
  }

  /// The built-in labels merged with the labels file among a folder's files, if any.
  private static func labels(from files: [(String, String, String)]) throws(TemplateError)
    -> ReportLabels
  {
    var labels = try ReportLabels.builtIn()
    for (name, text, path) in files where name == ReportLabels.fileName {
      labels = labels.merging(try ReportLabels(parsing: text, path: path))
    }
    return labels
  }

  /// The `.mustache` files and the labels file of a folder, by file name, none larger than
  /// ``InputLimits/templateBytes``.
  private static func read(folder: String, limits: InputLimits = .standard) throws(TemplateError)
    -> [(String, String, String)]
  {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue
    else { throw .missingFolder(folder) }
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    var files: [(String, String, String)] = []
    for name in names.sorted()
    where name.hasSuffix(".mustache") || name == ReportLabels.fileName {
      let path = (folder as NSString).appendingPathComponent(name)
      let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
      guard size <= limits.templateBytes else {
        throw .syntax(
          file: path, line: 1, column: 1,
          problem: "the file is larger than a template may be "
            + "(\(InputLimits.size(limits.templateBytes)))")
      }
      guard let data = FileManager.default.contents(atPath: path),
        let text = String(data: data, encoding: .utf8)
      else { throw .unreadable(file: path) }
      files.append((name, text, path))
    }
    return files
  }

  /// A parser error in words.
  private static func explain(_ error: Error) -> String {
    switch error as? MustacheTemplate.Error {
    case .sectionCloseNameIncorrect:
      return "a closing tag {{/…}} does not match the section it closes"
    case .unfinishedName: return "a tag is not finished (a {{ without its }})"
    case .expectedSectionEnd: return "a section {{#…}} or {{^…}} is never closed with {{/…}}"
    case .invalidSetDelimiter: return "a delimiter change {{=… …=}} is badly formed"
    case .invalidConfigVariableSyntax, .unrecognisedConfigVariable:
      return "a {{% …}} setting is not recognised"
    default: return "the template could not be read (\(error))"
    }
  }
}
