import ImpactAnalytics
import ImpactModel

/// The sheet of a funder return: the form's title, who it is from, then one table row per
/// figure part or text answer: the question, the part of the figure, the answer, and the
/// indicator row it came from (or a text answer's word count).
enum ReturnSheet {
  static func write(_ writer: SheetWriter, _ answered: AnsweredReturn, _ figures: Figures)
    throws(WorkbookError)
  {
    let labels = figures.labels
    let values = [
      "organisation": figures.context.organisation, "period": figures.describe(figures.reporting),
      "funder": answered.form.funder ?? "",
    ]
    try writer.title(
      answered.form.title,
      subtitle: answered.form.funder == nil
        ? labels("workbook.return.from", values) : labels("workbook.return.for", values))
    let wrapped = CellStyle(wrap: true, verticalTop: true)
    let top = CellStyle(verticalTop: true)
    var rows: [[SheetCell]] = []
    for answer in answered.answers {
      let question = SheetCell.text(String(answer.number) + ". " + answer.ask, wrapped)
      switch answer.kind {
      case .figure(let figure):
        let source = figure.source(names: figures.names, labels: labels)
        for (index, field) in figure.spec.show.enumerated() {
          let part =
            figure.spec.show == [.value] ? "" : ReturnFigure.label(field, labels: labels)
          rows.append([
            index == 0 ? question : .empty, .text(part, top), cell(figure, field, figures),
            index == 0 ? .text(source, wrapped) : .empty,
          ])
        }
      case .text(let text):
        rows.append([
          question, .text("", top), .text(text.fit.text, wrapped),
          .text(AnsweredReturn.wordCount(text, labels: labels), wrapped),
        ])
      }
    }
    try writer.table(
      "Return",
      headers: [
        labels["heading.question"], labels["heading.figure"], labels["heading.answer"],
        labels["heading.taken_from"],
      ], rows: rows)
    writer.fixWidth(0, 40)
    writer.fixWidth(1, 24)
    writer.fixWidth(2, 60)
    writer.fixWidth(3, 40)
    try writer.sheet.freezePanes(row: 4, column: 0)
    try writer.finish(repeatRows: 3...3)
  }

  /// A part of a figure as a cell: a native number in its style, or its text (`<k`, `–`,
  /// `Met`) when it has no number to show; left-aligned beside its part's name and at the top
  /// of its row, as a form's answer box reads.
  private static func cell(_ figure: ReturnFigure, _ field: ReturnField, _ figures: Figures)
    -> SheetCell
  {
    let text = figure.text(field, format: figures.format, labels: figures.labels)
    guard field != .status, let row = figure.row,
      row.suppressed == .no || !ReturnFigure.isSuppressedWithRow(field),
      let number = figure.number(field), number.isFinite
    else {
      var style = field == .status ? CellStyle() : Figures.hiddenStyle
      (style.alignment, style.verticalTop) = (.left, true)
      return .text(text, style)
    }
    let format = figure.style(of: field, number).numberFormat(
      for: number, currencySymbol: figures.format.currencySymbol)
    return .number(number, CellStyle(alignment: .left, verticalTop: true).with(format))
  }
}
