"""Notes a user keeps on the rows of a Centaure workbook, written with openpyxl.

Usage: notes-beside.py IN OUT, on a workbook holding W46 (Events rows 2-6: Emails,
Plan 2027, the private review, Lunch, Inbox zero) then W47 (rows 7-11):
- beside the Events table (column L): a note on row 2, a formula on row 3, a note on
  row 5 (Lunch), a note on row 6 (Inbox zero), a note on row 8 (W47); row 2 made taller;
- a "My note" column added to the Events table: on Emails (row 2), the private review
  (row 4, no subject) and Inbox zero (row 6);
- bold on the W46 MAIL row of WeeklyTasks (D2).
"""
import sys
import warnings

import openpyxl
from openpyxl.styles import Font
from openpyxl.worksheet.table import TableColumn

warnings.simplefilter("ignore")
source, target = sys.argv[1:3]
book = openpyxl.load_workbook(source)

events = book["Events"]
events["L2"] = "call back"
events["L3"] = "=E3*60"
events["L5"] = "ask Sophie"
events["L6"] = "note on Inbox zero"
events["L8"] = "W47 note"
events.row_dimensions[2].height = 30
table = events.tables["Events"]
last = events.max_row
events["K1"] = "My note"
events["K2"] = "keep"
events["K4"] = "private note"
events["K6"] = "cancelled?"
table.ref = f"A1:K{last}"
table.autoFilter.ref = table.ref
table.tableColumns.append(TableColumn(id=11, name="My note"))

book["Weekly tasks"]["D2"].font = Font(bold=True)
book.save(target)
