import Foundation
import ImpactAnalytics
import ImpactFiles
import ImpactModel

/// Writes each funder return of the returns folder, answered (CONFIG.md, "Funder returns";
/// OUTPUTS.md): `return-<name>.xlsx` (the form as a printable sheet), `return-<name>.md` and
/// `return-<name>.txt` (with the word count of each text answer).
///
/// Every figure is a row of the context's table, exactly as `indicators.csv` writes it,
/// formatted as the reports format it; every text answer is a passage the reports also use.
public struct FunderReturnExporter: Sendable {
  let context: ReportContext
  let funders: [FunderIncome]
  let templates: TemplateSource

  /// Prepares the exporter.
  ///
  /// - Parameters:
  ///   - context: the run's figures and settings.
  ///   - funders: each funder's income in the reporting period
  ///     (`engine.funderIncome(in: periods.reporting)`), for `funding` passages.
  ///   - templates: the built-in templates, or an organisation's folder of edited copies.
  public init(
    context: ReportContext, funders: [FunderIncome], templates: TemplateSource = .builtIn
  ) {
    self.context = context
    self.funders = funders
    self.templates = templates
  }

  /// Writes `returns` to `folder` (which must exist): a workbook when `workbook` is true, and
  /// each of `formats` that is Markdown or plain text; returns the paths written, in order.
  public func write(
    _ returns: [FunderReturn], to folder: String, formats: Set<TextFormat>, workbook: Bool
  ) throws(FunderReturnError) -> [String] {
    let library: ReportTemplates
    do {
      library = try ReportTemplates(source: templates)
    } catch {
      throw .template(error)
    }
    let facts = ReportFacts(context: context, labels: library.labels)
    var written: [String] = []
    for form in returns {
      let answered: AnsweredReturn
      let documents: [RenderedDocument]
      do {
        answered = try AnsweredReturn(form, facts: facts, funders: funders, library: library)
        documents = try render(answered, facts: facts, library: library, formats: formats)
      } catch {
        throw .template(error)
      }
      let base = (folder as NSString).appendingPathComponent("return-" + form.name)
      if workbook {
        do {
          try ReturnWorkbook(answered: answered, context: context, labels: library.labels)
            .write(to: base + ".xlsx")
        } catch {
          throw .workbook(error)
        }
        written.append(base + ".xlsx")
      }
      for document in documents {
        let path = (folder as NSString).appendingPathComponent(document.fileName)
        do {
          try AtomicFileWriter.write(document.text, to: path)
        } catch {
          throw .write(error)
        }
        written.append(path)
      }
    }
    return written
  }

  /// The Markdown and plain-text documents of an answered return.
  func render(
    _ answered: AnsweredReturn, facts: ReportFacts, library: ReportTemplates,
    formats: Set<TextFormat>
  ) throws(TemplateError) -> [RenderedDocument] {
    let view = FunderReturnView(answered, facts: facts)
    var documents: [RenderedDocument] = []
    for format in [TextFormat.md, .txt] where formats.contains(format) {
      let template = Self.document + "." + format.rawValue
      guard library.names.contains(template) else { continue }
      documents.append(
        RenderedDocument(
          fileName: "return-" + answered.form.name + "." + format.rawValue,
          text: try library.render(view, template: template) ?? ""))
    }
    return documents
  }

  /// The templates' document name: `funder-return.md`, `funder-return.txt`.
  static let document = "funder-return"
}
