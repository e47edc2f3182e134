import Foundation
import ImpactAnalytics
import ImpactExport
import ImpactModel
import ImpactRun

/// The report page: the headline figures as the reports print them, the board report in the
/// page, every document, the returns and every download.
struct ReportView {
  let result: ReportRunResult
  let run: Int

  var view: [String: Any] {
    get throws {
      let names = result.files.map { ($0 as NSString).lastPathComponent }
      let link = { (name: String) in "/runs/\(run)/files/\(name)" }
      var view: [String: Any] = [
        "run": true, "period": result.period.label, "zip": "/runs/\(run)/report.zip",
        "documents": names.filter { $0.hasSuffix(".html") && !$0.hasPrefix("return-") }.map {
          ["name": $0, "open": link($0)]
        },
        "returns": names.filter { $0.hasPrefix("return-") }.map {
          ["name": $0, "download": link($0) + "?download=1"]
        },
        "files": names.map { ["name": $0, "download": link($0) + "?download=1"] },
      ]
      if names.contains("board-report.html") { view["board"] = link("board-report.html") }
      if names.contains("impact-report.xlsx") { view["workbook"] = link("impact-report.xlsx") }
      if let context = result.context {
        let presentation = try FigurePresentation(context: context, templates: result.templates)
        let reporting = context.table.periods.reporting
        view["headlines"] = FigurePresentation.headlines.compactMap { id -> [String: Any]? in
          guard
            let row = context.table.rows.first(where: {
              $0.period == reporting && $0.indicator == id && $0.groupBy == .all
            })
          else { return nil }
          return [
            "id": id.rawValue, "name": presentation.name(of: id),
            "value": presentation.text(of: row),
          ]
        }
      }
      return view
    }
  }
}

/// The content type of a file the app serves, by its ending.
enum DownloadType {
  static func of(_ name: String) -> String {
    switch (name as NSString).pathExtension.lowercased() {
    case "html": return "text/html; charset=utf-8"
    case "md": return "text/markdown; charset=utf-8"
    case "txt": return "text/plain; charset=utf-8"
    case "csv": return "text/csv; charset=utf-8"
    case "json": return "application/json"
    case "xlsx": return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    default: return "application/octet-stream"
    }
  }
}
