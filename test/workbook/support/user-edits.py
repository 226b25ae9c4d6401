"""Edits a Centaure workbook the way a user would, with openpyxl (another program than ours).

Usage: user-edits.py IN OUT
- a new sheet "My notes" with a structured-reference formula, a plain-range formula over
  the whole Events hours column, a formula pointing at one Events cell (H7), and a bar
  chart of the Events hours column;
- two columns added to the WeeklyTasks table: "Comment" (typed values) and "Double"
  (a calculated column, =G2*2 style);
- formatting: bold on a W47 row of WeeklyTasks, a fill on the Events header, a
  conditional format over the Events hours column.
"""
import sys
import warnings

import openpyxl
from openpyxl.chart import BarChart, Reference
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Font, PatternFill
from openpyxl.worksheet.table import TableColumn, TableFormula

warnings.simplefilter("ignore")
source, target = sys.argv[1:3]
book = openpyxl.load_workbook(source)


def table(name):
    for sheet in book.worksheets:
        if name in sheet.tables:
            return sheet, sheet.tables[name]
    raise KeyError(name)


tasks_sheet, tasks = table("WeeklyTasks")
last = tasks_sheet.max_row
tasks_sheet["L1"] = "Comment"
tasks_sheet["M1"] = "Double"
for row in range(2, last + 1):
    week, code = tasks_sheet.cell(row, 1).value, tasks_sheet.cell(row, 3).value
    if code == "MAIL":
        tasks_sheet.cell(row, 12).value = "holiday" if week == "2026-W46" else "sick leave"
    tasks_sheet.cell(row, 13).value = f"=G{row}*2"
    if week == "2026-W47":
        tasks_sheet.cell(row, 4).font = Font(bold=True)
tasks.ref = f"A1:M{last}"
tasks.autoFilter.ref = tasks.ref
tasks.tableColumns.append(TableColumn(id=12, name="Comment"))
double = TableColumn(id=13, name="Double")
double.calculatedColumnFormula = TableFormula(attr_text="G2*2")
tasks.tableColumns.append(double)

events_sheet, events = table("Events")
events_last = events_sheet.max_row
events_sheet["A1"].fill = PatternFill("solid", fgColor="FFFF0000")
events_sheet.conditional_formatting.add(
    f"E2:E{events_last}", CellIsRule(operator="greaterThan", formula=["1"], font=Font(bold=True))
)

notes = book.create_sheet("My notes")
notes["A1"] = "Actual hours, all weeks"
notes["B1"] = "=SUM(WeeklyTasks[Actual h])"
notes["A2"] = "Event hours, plain range"
notes["B2"] = f"=SUM(Events!E2:E{events_last})"
notes["A3"] = "One event"
notes["B3"] = "=Events!H7"
chart = BarChart()
chart.add_data(Reference(events_sheet, min_col=5, min_row=1, max_row=events_last), titles_from_data=True)
notes.add_chart(chart, "D2")
book.save(target)
