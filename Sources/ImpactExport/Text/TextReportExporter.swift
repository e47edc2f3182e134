import Foundation
import ImpactAnalytics
import ImpactFiles

/// Writes the text reports (OUTPUTS.md, "Text summaries"): the board report, a summary per
/// funder, the bid evidence pack and the inclusion report, in Markdown, plain text and
/// self-contained HTML, from Mustache templates fed with view models of formatted figures.
///
/// Every figure comes from the context's rows, the year series and the funders' accounts;
/// this type formats and words them and computes none.
public struct TextReportExporter: Sendable {
  let context: ReportContext
  let yearSeries: YearSeries
  let funders: [FunderIncome]
  let templates: TemplateSource

  /// Prepares the exporter.
  ///
  /// - Parameters:
  ///   - context: the run's figures and settings.
  ///   - yearSeries: the three financial years for the bid evidence pack
  ///     (`engine.yearSeries(for: periods)`).
  ///   - funders: each funder's income in the reporting period
  ///     (`engine.funderIncome(in: periods.reporting)`).
  ///   - templates: the built-in templates, or an organisation's folder of edited copies.
  public init(
    context: ReportContext, yearSeries: YearSeries, funders: [FunderIncome],
    templates: TemplateSource = .builtIn
  ) {
    self.context = context
    self.yearSeries = yearSeries
    self.funders = funders
    self.templates = templates
  }

  /// Writes the documents of `audiences` in `formats` to `folder` (which must exist), each
  /// file atomically, and returns the paths written in order.
  ///
  /// - Parameters:
  ///   - funder: only this funder's summary (matched ignoring case); all funders with income
  ///     in the period when `nil`.
  ///   - wordLimit: the most words a `.txt` document may have; lower-priority sections are
  ///     left out, in order, until it fits.
  public func write(
    to folder: String, audiences: Set<Audience>, formats: Set<TextFormat>, funder: String? = nil,
    wordLimit: Int? = nil
  ) throws(TextReportError) -> [String] {
    let documents = try render(
      audiences: audiences, formats: formats, funder: funder, wordLimit: wordLimit)
    var written: [String] = []
    for document in documents {
      let path = (folder as NSString).appendingPathComponent(document.fileName)
      do {
        try AtomicFileWriter.write(document.text, to: path)
      } catch {
        throw .write(error)
      }
      written.append(path)
    }
    return written
  }

  /// The documents, rendered, in audience and format order.
  func render(
    audiences: Set<Audience>, formats: Set<TextFormat>, funder: String?, wordLimit: Int?
  ) throws(TextReportError) -> [RenderedDocument] {
    let library: ReportTemplates
    do {
      library = try ReportTemplates(source: templates)
    } catch {
      throw .template(error)
    }
    let facts = ReportFacts(context: context, labels: library.labels)
    let renderer = DocumentRenderer(library: library, formats: formats, wordLimit: wordLimit)
    let accounts =
      audiences.contains(.funder) ? try selectedFunders(funder, period: facts.reporting) : []
    var documents: [RenderedDocument] = []
    do throws(TemplateError) {
      for audience in Audience.allCases where audiences.contains(audience) {
        switch audience {
        case .board:
          documents += try renderer.render(BoardReportView(facts), as: audience.document)
        case .funder:
          for account in accounts {
            documents += try renderer.render(
              FunderSummaryView(facts, account: account), as: audience.document,
              fileName: audience.document + "-" + FileName.slug(account.funder))
          }
        case .bid:
          documents += try renderer.render(
            BidEvidenceView(facts, years: yearSeries), as: audience.document)
        case .inclusion:
          documents += try renderer.render(InclusionReportView(facts), as: audience.document)
        }
      }
    } catch {
      throw .template(error)
    }
    return documents
  }

  private func selectedFunders(_ name: String?, period: Period) throws(TextReportError)
    -> [FunderIncome]
  {
    guard let name else { return funders }
    let chosen = FunderIncome.named(name, in: funders)
    guard !chosen.isEmpty else {
      throw .unknownFunder(
        name: name, period: period.label, funders: funders.map(\.funder))
    }
    return chosen
  }
}

/// One rendered document.
struct RenderedDocument: Sendable, Equatable {
  let fileName: String
  let text: String
}

/// File names from funder names: lower case ASCII letters and digits, runs of anything else
/// made one `-` (`Arts Council England` → `arts-council-england`).
enum FileName {
  static func slug(_ name: String) -> String {
    var out = ""
    var pendingDash = false
    for scalar in name.lowercased().unicodeScalars {
      if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
        if pendingDash && !out.isEmpty { out += "-" }
        pendingDash = false
        out.unicodeScalars.append(scalar)
      } else {
        pendingDash = true
      }
    }
    return out.isEmpty ? "funder" : out
  }
}
