/// Renders one view in every chosen format that has a template, fitting `.txt` documents to
/// the word limit and closing them with their word count.
struct DocumentRenderer {
  let library: ReportTemplates
  let formats: Set<TextFormat>
  let wordLimit: Int?

  /// The view rendered as `<fileName>.<format>` for each format with a template `<name>.<format>`.
  func render<View: TrimmableView>(_ view: View, as name: String, fileName: String? = nil)
    throws(TemplateError) -> [RenderedDocument]
  {
    var documents: [RenderedDocument] = []
    for format in TextFormat.allCases {
      guard formats.contains(format), library.names.contains(name + "." + format.rawValue)
      else { continue }
      let template = name + "." + format.rawValue
      let text =
        format == .txt
        ? try plainText(view, template: template)
        : try library.render(view, template: template) ?? ""
      documents.append(
        RenderedDocument(fileName: (fileName ?? name) + "." + format.rawValue, text: text))
    }
    return documents
  }

  /// Plain text: trimmed section by section to the word limit, then rendered once more with
  /// the word count of the text above it.
  private func plainText<View: TrimmableView>(_ view: View, template: String)
    throws(TemplateError) -> String
  {
    var view = view
    var text = try library.render(view, template: template) ?? ""
    if let wordLimit {
      while WordCount.of(text) > wordLimit, view.trimNextSection() {
        text = try library.render(view, template: template) ?? ""
      }
    }
    view.wordCount = String(WordCount.of(text))
    return try library.render(view, template: template) ?? ""
  }
}

/// A view whose lower-priority sections can be left out to meet a word limit.
protocol TrimmableView {
  /// The word count printed at the end of a `.txt` document; `nil` while counting.
  var wordCount: String? { get set }
  /// Leaves out the next section in priority order; `false` when nothing is left to leave out.
  mutating func trimNextSection() -> Bool
}

/// Words as a funder portal counts them: runs of characters between whitespace.
enum WordCount {
  static func of(_ text: String) -> Int {
    text.split(whereSeparator: { $0.isWhitespace }).count
  }
}
