"""Dumps xlsx files as JSON with openpyxl, an independent reader: cells, tables, names.

Usage: dump-xlsx.py [--values] FILE...  (--values: cached results instead of formulas)
"""
import datetime
import json
import sys
import warnings
import zipfile
from xml.etree import ElementTree

import openpyxl


def plain(value):
    if isinstance(value, (datetime.datetime, datetime.date, datetime.time)):
        return value.isoformat()
    if value is None or isinstance(value, (int, float, str, bool)):
        return value
    return str(value)


def dump(path, values):
    book = openpyxl.load_workbook(path, data_only=values)
    sheets = {}
    tables = []
    for sheet in book.worksheets:
        cells = {}
        for row in sheet.iter_rows():
            for cell in row:
                if cell.value is not None:
                    cells[cell.coordinate] = {
                        "v": plain(cell.value),
                        "t": cell.data_type,
                        "fmt": cell.number_format,
                        "bold": bool(cell.font and cell.font.b),
                        "fill": cell.fill.fgColor.rgb if cell.fill and cell.fill.fill_type == "solid" else None,
                    }
        sheets[sheet.title] = {
            "cells": cells,
            "maxRow": sheet.max_row,
            "frozen": sheet.freeze_panes,
            "conditionalFormats": sorted(str(r.sqref) for r in sheet.conditional_formatting),
            "rowHeights": {str(n): d.height for n, d in sheet.row_dimensions.items() if d.height is not None},
        }
        for table in sheet.tables.values():
            tables.append({
                "name": table.name,
                "sheet": sheet.title,
                "ref": table.ref,
                "headerRowCount": table.headerRowCount,
                "columns": [c.name for c in table.tableColumns],
                "calculated": {c.name: c.calculatedColumnFormula.attr_text
                               for c in table.tableColumns if c.calculatedColumnFormula is not None},
            })
    defined = book.defined_names
    entries = defined.definedName if hasattr(defined, "definedName") else defined.values()
    names = {d.name: d.attr_text for d in entries}
    return {"sheets": sheets, "tables": tables, "names": names, "customProperties": custom_properties(path)}


def custom_properties(path):
    # Read from the package itself: older openpyxl versions do not expose them.
    with zipfile.ZipFile(path) as package:
        if "docProps/custom.xml" not in package.namelist():
            return {}
        root = ElementTree.fromstring(package.read("docProps/custom.xml"))
    return {p.get("name"): "".join(p.itertext()) for p in root}


if __name__ == "__main__":
    warnings.simplefilter("ignore")
    args = sys.argv[1:]
    values = args[:1] == ["--values"]
    files = args[1:] if values else args
    json.dump({f: dump(f, values) for f in files}, sys.stdout)
