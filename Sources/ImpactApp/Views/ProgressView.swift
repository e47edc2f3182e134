import ImpactExport
import ImpactRun

/// The page of a running report: its phase, and while the data is read a progress bar with
/// the bytes and rows read. The page refreshes itself, so no script is needed.
struct ProgressView {
  let status: RunStatus
  /// The page's own address (the refresh-now link).
  let link: String
  let labels: ReportLabels
  /// The workspace's path, left out of what is shown.
  let workspace: String

  var view: [String: Any] {
    // An empty text still opens a Mustache section: the phase is left out until there is one.
    var view: [String: Any] = ["link": link]
    if !status.phase.isEmpty {
      view["phase"] = status.phase.replacingOccurrences(of: workspace, with: "…")
    }
    if let percent = status.percent {
      view["reading"] = [
        "percent": String(percent),
        "text": labels(
          "progress_reading",
          [
            "file": status.file, "read": ByteCount(status.bytesRead).description,
            "total": ByteCount(status.totalBytes).description, "percent": String(percent),
            "rows": FigurePresentation.whole(status.rowsRead),
          ]),
      ]
    }
    return view
  }
}
