import Mustache

/// How `{{value}}` is escaped in each output format: HTML (XHTML-safe: markup characters
/// escaped, characters XML forbids dropped), Markdown (characters that would start emphasis,
/// links, images, code, headings, lists, tables or tags escaped; line breaks made spaces) and
/// plain text (as written, since it has no markup, but for control characters other than the
/// line feed, which become spaces: no carriage return or escape sequence reaches a portal).
///
/// The loader puts the `CONTENT_TYPE` pragma in front of each document template, so edited
/// copies escape correctly without knowing about it.
enum TemplateContentTypes {
  static let html = "IMPACT_XHTML"
  static let markdown = "IMPACT_MARKDOWN"
  static let text = "IMPACT_TEXT"

  /// Registers the HTML and Markdown content types with Mustache (once).
  static let registered: Void = {
    MustacheContentTypes.register(XHTMLContent(), named: html)
    MustacheContentTypes.register(MarkdownContent(), named: markdown)
    MustacheContentTypes.register(PlainContent(), named: text)
  }()

  /// The content type of a template by its format extension (`md`, `txt`, `html`).
  static func name(forFormat format: String) -> String? {
    switch format {
    case "html": return html
    case "md": return markdown
    case "txt": return text
    default: return nil
    }
  }
}

private struct XHTMLContent: MustacheContentType {
  func escapeText(_ text: String) -> String { SVGText.escaped(text) }
}

private struct MarkdownContent: MustacheContentType {
  func escapeText(_ text: String) -> String { MarkdownText.escaped(text) }
}

private struct PlainContent: MustacheContentType {
  func escapeText(_ text: String) -> String {
    let isStray = { (scalar: Unicode.Scalar) in
      scalar != "\n" && scalar.properties.generalCategory == .control
    }
    guard text.unicodeScalars.contains(where: isStray) else { return text }
    return String(String.UnicodeScalarView(text.unicodeScalars.map { isStray($0) ? " " : $0 }))
  }
}
