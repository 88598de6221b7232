"""The city table as a spreadsheet: CSV and XLSX of a `CityStatus`, plain data in, file out.

A formats-layer package like printing/: it knows nothing of workspaces; the service
(services/city_reports.py) checks the target and writes through ``fsutil.atomic_writer``.
"""
