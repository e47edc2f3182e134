import Foundation
import ImpactTestSupport
import Testing

@testable import ImpactApp

/// The page of a running report refreshes itself every second (no script) and shows how far
/// the run has got: before reading, while reading (a progress bar, bytes and rows), then the
/// phase, with the workspace's path left out.
@Suite struct AppProgressTests {
  func page(_ status: RunStatus) throws -> String {
    let pages = try PageRenderer()
    let view = ProgressView(
      status: status, link: "/runs/2", labels: pages.labels, workspace: "/tmp/impact-serve-ab")
    return pages.render("progress", view.view, csrf: "c")
  }

  @Test func beforeReadingTheRunIsStarting() throws {
    let html = try page(RunStatus())
    #expect(html.contains("<meta http-equiv=\"refresh\" content=\"1\"/>"))
    #expect(html.contains("<p role=\"status\">Starting</p>"))
    #expect(html.contains("<a href=\"/runs/2\">Refresh now</a>"))
    #expect(!html.contains("<progress"))
  }

  @Test func whileReadingTheBytesAndRowsReadAreShown() throws {
    let status = RunStatus(
      file: "attendance/memory-cafe.csv", bytesRead: 1_500_000, totalBytes: 3_000_000,
      rowsRead: 12_345)
    let html = try page(status)
    #expect(
      html.contains(
        "<p role=\"status\">Reading attendance/memory-cafe.csv: 1.5 MB of 3.0 MB (50%), "
          + "12,345 rows</p>"))
    #expect(html.contains("<label for=\"progress-read\">Data read</label>"))
    #expect(html.contains("<progress id=\"progress-read\" max=\"100\" value=\"50\">50%</progress>"))
  }

  @Test func thenThePhaseIsShownWithoutTheWorkspacePath() throws {
    var status = RunStatus(file: "a.csv", bytesRead: 10, totalBytes: 10, rowsRead: 3)
    status.phase = "Writing the reports to /tmp/impact-serve-ab/s1/runs/2/report"
    let html = try page(status)
    #expect(html.contains("<p role=\"status\">Writing the reports to …/s1/runs/2/report</p>"))
    #expect(!html.contains("/tmp/impact-serve-ab"))
    #expect(html.contains("value=\"100\">100%</progress>"))
  }
}
