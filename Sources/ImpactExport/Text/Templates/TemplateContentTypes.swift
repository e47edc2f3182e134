import Mustache

/// How `{{value}}` is escaped in each output format: HTML (XHTML-safe: markup characters
/// escaped, characters XML forbids dropped), Markdown (characters that would start emphasis,
/// links, code, tables or tags escaped; line breaks made spaces) and plain text (as is).
///
/// The loader puts the `CONTENT_TYPE` pragma in front of each document template, so edited
/// copies escape correctly without knowing about it.
enum TemplateContentTypes {
  static let html = "IMPACT_XHTML"
  static let markdown = "IMPACT_MARKDOWN"
  static let text = "TEXT"

  /// Registers the HTML and Markdown content types with Mustache (once).
  static let registered: Void = {
    MustacheContentTypes.register(XHTMLContent(), named: html)
    MustacheContentTypes.register(MarkdownContent(), named: markdown)
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
