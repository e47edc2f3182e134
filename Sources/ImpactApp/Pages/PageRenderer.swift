import ImpactExport
import Mustache

/// Draws the app's pages from the templates of `Pages/Templates/` (embedded by
/// `make templates`), with the app's wording from its `labels.txt`.
struct PageRenderer: Sendable {
  /// The app's wording by key.
  let labels: ReportLabels
  private let library: MustacheLibrary

  /// Loads every page template and the labels.
  init() throws {
    labels = try ReportLabels(
      parsing: AppPages.files["labels.txt"] ?? "",
      path: "Sources/ImpactApp/Pages/Templates/labels.txt (built in)")
    var library = MustacheLibrary()
    for (file, text) in AppPages.files where file.hasSuffix(".mustache") {
      library.register(try MustacheTemplate(string: text), named: String(file.dropLast(9)))
    }
    self.library = library
  }

  /// The page `name` drawn with `view`, the labels (`l`), the session's CSRF token and the
  /// navigation's current page.
  func render(_ name: String, _ view: [String: Any], csrf: String?) -> String {
    var view = view
    view["l"] = labels.all
    view["csrf"] = csrf ?? ""
    view["nav"] = [name: true]
    return library.render(view, withTemplate: name) ?? ""
  }

  /// The style sheet: the HTML reports' rules, then the app's own.
  var styleSheet: String {
    FigurePresentation.styleSheet + (AppPages.files["app.css.mustache"] ?? "")
  }
}
