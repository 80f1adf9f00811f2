<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AdminPage</name>
    <message>
        <source>Administrator account</source>
        <translation>Administrator account</translation>
    </message>
    <message>
        <source>The administrator manages users and units. Keep the password safe: it cannot be recovered.</source>
        <translation>The administrator manages users and units. Keep the password safe: it cannot be recovered.</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <source>&amp;Password (at least 8 characters)</source>
        <translation>&amp;Password (at least 8 characters)</translation>
    </message>
    <message>
        <source>Password a&amp;gain</source>
        <translation>Password a&amp;gain</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>AsnScreen</name>
    <message>
        <source>the placement of {name} as {post} in {unit}</source>
        <translation>the placement of {name} as {post} in {unit}</translation>
    </message>
</context>
<context>
    <name>AuditScreen</name>
    <message>
        <source>Audit Trail</source>
        <translation>Audit Trail</translation>
    </message>
    <message>
        <source>Every change, who made it and when. Entries are chained by SHA-256: an entry altered afterwards breaks the chain.</source>
        <translation>Every change, who made it and when. Entries are chained by SHA-256: an entry altered afterwards breaks the chain.</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Verify chain</translation>
    </message>
    <message>
        <source>Chain: not verified yet</source>
        <translation>Chain: not verified yet</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Time (UTC)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Select an entry to see every changed field.</source>
        <translation>Select an entry to see every changed field.</translation>
    </message>
    <message>
        <source>record id or its beginning</source>
        <translation>record id or its beginning</translation>
    </message>
    <message>
        <source>&amp;Apply filter</source>
        <translation>&amp;Apply filter</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Clear</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;User</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Table</translation>
    </message>
    <message>
        <source>A&amp;ction</source>
        <translation>A&amp;ction</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>U&amp;ntil</source>
        <translation>U&amp;ntil</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>any day</translation>
    </message>
    <message>
        <source>(all)</source>
        <translation>(all)</translation>
    </message>
    <message>
        <source>%1 entries shown (newest first)</source>
        <translation>%1 entries shown (newest first)</translation>
    </message>
    <message>
        <source>Chain: verifying...</source>
        <translation>Chain: verifying...</translation>
    </message>
    <message>
        <source>Chain intact: all %1 entries verified.</source>
        <translation>Chain intact: all %1 entries verified.</translation>
    </message>
    <message>
        <source>Chain BROKEN at entry %1: %2</source>
        <translation>Chain BROKEN at entry %1: %2</translation>
    </message>
    <message>
        <source>Chain could not be verified: %1</source>
        <translation>Chain could not be verified: %1</translation>
    </message>
</context>
<context>
    <name>ConflictsScreen</name>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Records changed in two places before they were exchanged.</source>
        <translation>Records changed in two places before they were exchanged.</translation>
    </message>
    <message>
        <source>No exchange has been made yet, so there are no conflicts</source>
        <translation>No exchange has been made yet, so there are no conflicts</translation>
    </message>
    <message>
        <source>After data exchange is available, this screen will list every record that was changed both here and elsewhere:</source>
        <translation>After data exchange is available, this screen will list every record that was changed both here and elsewhere:</translation>
    </message>
    <message>
        <source>both versions side by side, field by field, with who changed them and when;</source>
        <translation>both versions side by side, field by field, with who changed them and when;</translation>
    </message>
    <message>
        <source>keep either version or combine them; the choice is written to the audit trail;</source>
        <translation>keep either version or combine them; the choice is written to the audit trail;</translation>
    </message>
    <message>
        <source>the newest change is applied meanwhile, so no work stops while a conflict waits.</source>
        <translation>the newest change is applied meanwhile, so no work stops while a conflict waits.</translation>
    </message>
    <message>
        <source>Meanwhile: look up a record&apos;s history from the command line</source>
        <translation>Meanwhile: look up a record&apos;s history from the command line</translation>
    </message>
    <message>
        <source>Show one record, with its identifier from the list screens:</source>
        <translation>Show one record, with its identifier from the list screens:</translation>
    </message>
    <message>
        <source>Verify the audit trail:</source>
        <translation>Verify the audit trail:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
</context>
<context>
    <name>DashboardRows</name>
    <message>
        <source>No Sekretaris placed</source>
        <translation>No Sekretaris placed</translation>
    </message>
    <message>
        <source>Sekretaris PPK is not an ASN</source>
        <translation>Sekretaris PPK is not an ASN</translation>
    </message>
    <message>
        <source>Posts not filled</source>
        <translation>Posts not filled</translation>
    </message>
    <message>
        <source>No office room recorded</source>
        <translation>No office room recorded</translation>
    </message>
    <message>
        <source>No warehouse recorded</source>
        <translation>No warehouse recorded</translation>
    </message>
    <message>
        <source>Warehouse lacks: %1</source>
        <translation>Warehouse lacks: %1</translation>
    </message>
    <message>
        <source>short %1</source>
        <translation>short %1</translation>
    </message>
    <message>
        <source>damaged %1</source>
        <translation>damaged %1</translation>
    </message>
    <message>
        <source>excess %1</source>
        <translation>excess %1</translation>
    </message>
    <message>
        <source>No logistics receipt recorded</source>
        <translation>No logistics receipt recorded</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Election event</source>
        <translation>Election event</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Election:</source>
        <translation>Election:</translation>
    </message>
    <message>
        <source>Secretariat staffing</source>
        <translation>Secretariat staffing</translation>
    </message>
    <message>
        <source>posts filled</source>
        <translation>posts filled</translation>
    </message>
    <message>
        <source>without a Sekretaris</source>
        <translation>without a Sekretaris</translation>
    </message>
    <message>
        <source>PPK Sekretaris not ASN</source>
        <translation>PPK Sekretaris not ASN</translation>
    </message>
    <message>
        <source>Posts filled per PPK area (PPK and its PPS)</source>
        <translation>Posts filled per PPK area (PPK and its PPS)</translation>
    </message>
    <message>
        <source>Facility support</source>
        <translation>Facility support</translation>
    </message>
    <message>
        <source>secretariats with an office</source>
        <translation>secretariats with an office</translation>
    </message>
    <message>
        <source>PPK with a warehouse</source>
        <translation>PPK with a warehouse</translation>
    </message>
    <message>
        <source>warehouse checklist gaps</source>
        <translation>warehouse checklist gaps</translation>
    </message>
    <message>
        <source>Warehouse checklist met per PPK</source>
        <translation>Warehouse checklist met per PPK</translation>
    </message>
    <message>
        <source>Logistics receipts</source>
        <translation>Logistics receipts</translation>
    </message>
    <message>
        <source>received of expected</source>
        <translation>received of expected</translation>
    </message>
    <message>
        <source>lines short, damaged or excess</source>
        <translation>lines short, damaged or excess</translation>
    </message>
    <message>
        <source>PPK without a receipt</source>
        <translation>PPK without a receipt</translation>
    </message>
    <message>
        <source>Received against expected per PPK area</source>
        <translation>Received against expected per PPK area</translation>
    </message>
    <message>
        <source>Needs attention, worst first</source>
        <translation>Needs attention, worst first</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Show all</translation>
    </message>
    <message>
        <source>Press Enter or double-click a row to open its records.</source>
        <translation>Press Enter or double-click a row to open its records.</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>The figures could not be loaded: %1</source>
        <translation>The figures could not be loaded: %1</translation>
    </message>
    <message>
        <source>%1 and every unit below it</source>
        <translation>%1 and every unit below it</translation>
    </message>
    <message>
        <source>%1: %2 of %3 posts filled</source>
        <translation>%1: %2 of %3 posts filled</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Warehouse of PPK %1</source>
        <translation>Warehouse of PPK %1</translation>
    </message>
    <message>
        <source>%1: usable items received against expected</source>
        <translation>%1: usable items received against expected</translation>
    </message>
    <message>
        <source>Staffing</source>
        <translation>Staffing</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Facilities</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>Logistics</translation>
    </message>
</context>
<context>
    <name>DeleteDialog</name>
    <message>
        <source>Delete record</source>
        <translation>Delete record</translation>
    </message>
    <message>
        <source>Delete {record}? It stays in the audit trail and can be undone with Ctrl+Z.</source>
        <translation>Delete {record}? It stays in the audit trail and can be undone with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Write why the record is deleted.</source>
        <translation>Write why the record is deleted.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DocumentsScreen</name>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Printable, digitally signed documents made from your records.</source>
        <translation>Printable, digitally signed documents made from your records.</translation>
    </message>
    <message>
        <source>Signed documents are being prepared</source>
        <translation>Signed documents are being prepared</translation>
    </message>
    <message>
        <source>This screen will produce PDF documents signed with the secretariat&apos;s identity:</source>
        <translation>This screen will produce PDF documents signed with the secretariat&apos;s identity:</translation>
    </message>
    <message>
        <source>ASN placement recap per unit and event, with decree numbers;</source>
        <translation>ASN placement recap per unit and event, with decree numbers;</translation>
    </message>
    <message>
        <source>register of facility support with agreement numbers and periods;</source>
        <translation>register of facility support with agreement numbers and periods;</translation>
    </message>
    <message>
        <source>BAST for each logistics handover and a logistics recap with discrepancies highlighted;</source>
        <translation>BAST for each logistics handover and a logistics recap with discrepancies highlighted;</translation>
    </message>
    <message>
        <source>the summary report (laporan ringkas) for handover to KPU Provinsi, and verification of signed PDFs received from others.</source>
        <translation>the summary report (laporan ringkas) for handover to KPU Provinsi, and verification of signed PDFs received from others.</translation>
    </message>
    <message>
        <source>Meanwhile: prepare the data from the command line</source>
        <translation>Meanwhile: prepare the data from the command line</translation>
    </message>
    <message>
        <source>Check the database and the audit chain before printing:</source>
        <translation>Check the database and the audit chain before printing:</translation>
    </message>
    <message>
        <source>Export the facility register to a spreadsheet:</source>
        <translation>Export the facility register to a spreadsheet:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
</context>
<context>
    <name>ExchangeScreen</name>
    <message>
        <source>Data exchange</source>
        <translation>Data exchange</translation>
    </message>
    <message>
        <source>Send and receive changes by USB stick, up and down the unit tree.</source>
        <translation>Send and receive changes by USB stick, up and down the unit tree.</translation>
    </message>
    <message>
        <source>Exchange by USB stick is being prepared</source>
        <translation>Exchange by USB stick is being prepared</translation>
    </message>
    <message>
        <source>This screen will carry your changes to the unit above and bring reference data down, without an internet connection:</source>
        <translation>This screen will carry your changes to the unit above and bring reference data down, without an internet connection:</translation>
    </message>
    <message>
        <source>write an encrypted, signed bundle of new changes onto a USB stick;</source>
        <translation>write an encrypted, signed bundle of new changes onto a USB stick;</translation>
    </message>
    <message>
        <source>read a bundle from PPK, PPS or KPU Provinsi and merge it, showing what changed;</source>
        <translation>read a bundle from PPK, PPS or KPU Provinsi and merge it, showing what changed;</translation>
    </message>
    <message>
        <source>compare data fingerprints with the other side (shown in the status bar) to confirm both hold the same data.</source>
        <translation>compare data fingerprints with the other side (shown in the status bar) to confirm both hold the same data.</translation>
    </message>
    <message>
        <source>Meanwhile: send spreadsheets from the command line</source>
        <translation>Meanwhile: send spreadsheets from the command line</translation>
    </message>
    <message>
        <source>Export this area&apos;s logistics receipts to a spreadsheet:</source>
        <translation>Export this area&apos;s logistics receipts to a spreadsheet:</translation>
    </message>
    <message>
        <source>Export ASN placements:</source>
        <translation>Export ASN placements:</translation>
    </message>
    <message>
        <source>Import a spreadsheet received from another unit, checking it first:</source>
        <translation>Import a spreadsheet received from another unit, checking it first:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
</context>
<context>
    <name>FacilityDialog</name>
    <message>
        <source>Edit facility support</source>
        <translation>Edit facility support</translation>
    </message>
    <message>
        <source>New facility support</source>
        <translation>New facility support</translation>
    </message>
    <message>
        <source>(every event)</source>
        <translation>(every event)</translation>
    </message>
</context>
<context>
    <name>FacilityScreen</name>
    <message>
        <source>{category} &quot;{description}&quot; of {unit}</source>
        <translation>{category} &quot;{description}&quot; of {unit}</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search (Ctrl+F): name, NIP, number...</source>
        <translation>Search (Ctrl+F): name, NIP, number...</translation>
    </message>
    <message>
        <source>Discrepancies only</source>
        <translation>Discrepancies only</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>All events</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Any kind</translation>
    </message>
    <message>
        <source>With discrepancies</source>
        <translation>With discrepancies</translation>
    </message>
    <message>
        <source>Arrived late</source>
        <translation>Arrived late</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>Ready to set up</source>
        <translation>Ready to set up</translation>
    </message>
    <message>
        <source>Fill with &amp;sample data (for training; every sample record can be deleted)</source>
        <translation>Fill with &amp;sample data (for training; every sample record can be deleted)</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <source>Signing identity</source>
        <translation>Signing identity</translation>
    </message>
    <message>
        <source>&amp;Create a signing identity now</source>
        <translation>&amp;Create a signing identity now</translation>
    </message>
    <message>
        <source>Signed documents come with a later update; the identity is set up then.</source>
        <translation>Signed documents come with a later update; the identity is set up then.</translation>
    </message>
    <message>
        <source>Documents and USB bundles are signed with the secretariat officer&apos;s identity. You can also create or import it later.</source>
        <translation>Documents and USB bundles are signed with the secretariat officer&apos;s identity. You can also create or import it later.</translation>
    </message>
    <message>
        <source>Officer&apos;s &amp;name</source>
        <translation>Officer&apos;s &amp;name</translation>
    </message>
    <message>
        <source>Officer&apos;s NI&amp;P</source>
        <translation>Officer&apos;s NI&amp;P</translation>
    </message>
    <message>
        <source>Pass&amp;phrase</source>
        <translation>Pass&amp;phrase</translation>
    </message>
    <message>
        <source>Passphrase a&amp;gain</source>
        <translation>Passphrase a&amp;gain</translation>
    </message>
    <message>
        <source>Give the officer&apos;s name.</source>
        <translation>Give the officer&apos;s name.</translation>
    </message>
    <message>
        <source>The passphrase needs at least 8 characters, typed the same twice.</source>
        <translation>The passphrase needs at least 8 characters, typed the same twice.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import a spreadsheet</source>
        <translation>Import a spreadsheet</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>File: {path}</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Reading and checking the rows...</source>
        <translation>Reading and checking the rows...</translation>
    </message>
    <message>
        <source>The file could not be read: {error}</source>
        <translation>The file could not be read: {error}</translation>
    </message>
    <message>
        <source>Stopped. Nothing was written.</source>
        <translation>Stopped. Nothing was written.</translation>
    </message>
    <message>
        <source>{rows} rows are ready to import; {warnings} warnings.</source>
        <translation>{rows} rows are ready to import; {warnings} warnings.</translation>
    </message>
    <message>
        <source>{problems} problems must be fixed in the file before anything is imported. Nothing was written.</source>
        <translation>{problems} problems must be fixed in the file before anything is imported. Nothing was written.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Problems ({n})</source>
        <translation>Problems ({n})</translation>
    </message>
    <message>
        <source>Warnings ({n})</source>
        <translation>Warnings ({n})</translation>
    </message>
    <message>
        <source>Rows ({n})</source>
        <translation>Rows ({n})</translation>
    </message>
    <message>
        <source>Writing the records...</source>
        <translation>Writing the records...</translation>
    </message>
    <message>
        <source>Imported: {created} new, {updated} updated, {unchanged} unchanged.</source>
        <translation>Imported: {created} new, {updated} updated, {unchanged} unchanged.</translation>
    </message>
</context>
<context>
    <name>LockPanel</name>
    <message>
        <source>Session locked</source>
        <translation>Session locked</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>The session of %1 was locked. Enter the password to continue.</source>
        <translation>The session of %1 was locked. Enter the password to continue.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in - kpu-desktop</source>
        <translation>Sign in - kpu-desktop</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>ASN Placements</source>
        <translation>ASN Placements</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Facilities</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>Logistics</translation>
    </message>
    <message>
        <source>Units and Regions</source>
        <translation>Units and Regions</translation>
    </message>
    <message>
        <source>Data Exchange</source>
        <translation>Data Exchange</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Audit Trail</source>
        <translation>Audit Trail</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>About kpu-desktop</source>
        <translation>About kpu-desktop</translation>
    </message>
    <message>
        <source>kpu-desktop %1
Records of ASN placements, facility support and election logistics for KPU secretariats.
Data folder: %2</source>
        <translation>kpu-desktop %1
Records of ASN placements, facility support and election logistics for KPU secretariats.
Data folder: %2</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>OwnPasswordPanel</name>
    <message>
        <source>Only administrators manage accounts. You can change your own password.</source>
        <translation>Only administrators manage accounts. You can change your own password.</translation>
    </message>
    <message>
        <source>Change my &amp;password...</source>
        <translation>Change my &amp;password...</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>User accounts</translation>
    </message>
    <message>
        <source>The password was changed.</source>
        <translation>The password was changed.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>New password for %1</source>
        <translation>New password for %1</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;New password</translation>
    </message>
    <message>
        <source>Password a&amp;gain</source>
        <translation>Password a&amp;gain</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message>
        <source>Edit ASN placement</source>
        <translation>Edit ASN placement</translation>
    </message>
    <message>
        <source>New ASN placement</source>
        <translation>New ASN placement</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>Edit logistics receipt</source>
        <translation>Edit logistics receipt</translation>
    </message>
    <message>
        <source>New logistics receipt</source>
        <translation>New logistics receipt</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Election type</source>
        <translation>Election type</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Good</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Short</translation>
    </message>
    <message>
        <source>Excess</source>
        <translation>Excess</translation>
    </message>
    <message>
        <source>Lines: {n}   Expected: {e}   Received: {r}   Good: {g}   Damaged: {d}   Short: {s}   Excess: {x}</source>
        <translation>Lines: {n}   Expected: {e}   Received: {r}   Good: {g}   Damaged: {d}   Short: {s}   Excess: {x}</translation>
    </message>
</context>
<context>
    <name>ReceiptScreen</name>
    <message>
        <source>the receipt {number} of {unit}</source>
        <translation>the receipt {number} of {unit}</translation>
    </message>
</context>
<context>
    <name>RecordScreen</name>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Import...</source>
        <translation>Import...</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>Export...</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>{n} records</source>
        <translation>{n} records</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Warnings: {list}</source>
        <translation>Warnings: {list}</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Not deleted</translation>
    </message>
    <message>
        <source>Deleted. Ctrl+Z brings it back.</source>
        <translation>Deleted. Ctrl+Z brings it back.</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>Undone.</translation>
    </message>
    <message>
        <source>Import a spreadsheet</source>
        <translation>Import a spreadsheet</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Imported.</translation>
    </message>
    <message>
        <source>Export to a spreadsheet</source>
        <translation>Export to a spreadsheet</translation>
    </message>
    <message>
        <source>Exported {n} rows to {path}.</source>
        <translation>Exported {n} rows to {path}.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Export stopped.</source>
        <translation>Export stopped.</translation>
    </message>
</context>
<context>
    <name>RecordsDeleteDialog</name>
    <message>
        <source>Delete record</source>
        <translation>Delete record</translation>
    </message>
    <message>
        <source>Reason (kept in the audit trail):</source>
        <translation>Reason (kept in the audit trail):</translation>
    </message>
    <message>
        <source>why this record is removed</source>
        <translation>why this record is removed</translation>
    </message>
</context>
<context>
    <name>RecordsFacilityDialog</name>
    <message>
        <source>Facility support</source>
        <translation>Facility support</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Facility</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Election event</source>
        <translation>Election event</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>Specification</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Unit of measure</source>
        <translation>Unit of measure</translation>
    </message>
    <message>
        <source>unit, room, pcs</source>
        <translation>unit, room, pcs</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Owner contact</source>
        <translation>Owner contact</translation>
    </message>
    <message>
        <source>Registration no.</source>
        <translation>Registration no.</translation>
    </message>
    <message>
        <source>asset code, plate, frame or engine number</source>
        <translation>asset code, plate, frame or engine number</translation>
    </message>
    <message>
        <source>Location code</source>
        <translation>Location code</translation>
    </message>
    <message>
        <source>62.01.01.2001</source>
        <translation>62.01.01.2001</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Agreement no.</source>
        <translation>Agreement no.</translation>
    </message>
    <message>
        <source>Agreement date</source>
        <translation>Agreement date</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Extended once</source>
        <translation>Extended once</translation>
    </message>
    <message>
        <source>The loan was extended</source>
        <translation>The loan was extended</translation>
    </message>
    <message>
        <source>Return date</source>
        <translation>Return date</translation>
    </message>
    <message>
        <source>Return report no.</source>
        <translation>Return report no.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Warehouse checklist</source>
        <translation>Warehouse checklist</translation>
    </message>
</context>
<context>
    <name>RecordsImportDialog</name>
    <message>
        <source>Import a spreadsheet</source>
        <translation>Import a spreadsheet</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
</context>
<context>
    <name>RecordsPlacementDialog</name>
    <message>
        <source>ASN placement</source>
        <translation>ASN placement</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Find person</source>
        <translation>Find person</translation>
    </message>
    <message>
        <source>NIP, NIK or name of a registered person</source>
        <translation>NIP, NIK or name of a registered person</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>18 digits</source>
        <translation>18 digits</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>16 digits</source>
        <translation>16 digits</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Employment status</source>
        <translation>Employment status</translation>
    </message>
    <message>
        <source>Grade (golongan)</source>
        <translation>Grade (golongan)</translation>
    </message>
    <message>
        <source>III/a</source>
        <translation>III/a</translation>
    </message>
    <message>
        <source>Rank (pangkat)</source>
        <translation>Rank (pangkat)</translation>
    </message>
    <message>
        <source>Position of origin</source>
        <translation>Position of origin</translation>
    </message>
    <message>
        <source>Agency of origin</source>
        <translation>Agency of origin</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Placement</translation>
    </message>
    <message>
        <source>Election event</source>
        <translation>Election event</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Proposing decree no.</source>
        <translation>Proposing decree no.</translation>
    </message>
    <message>
        <source>Proposing decree date</source>
        <translation>Proposing decree date</translation>
    </message>
    <message>
        <source>KPU decree no.</source>
        <translation>KPU decree no.</translation>
    </message>
    <message>
        <source>KPU decree date</source>
        <translation>KPU decree date</translation>
    </message>
    <message>
        <source>Integrity pact date</source>
        <translation>Integrity pact date</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Monthly honorarium</source>
        <translation>Monthly honorarium</translation>
    </message>
    <message>
        <source>blank: the standard rate</source>
        <translation>blank: the standard rate</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>End reason</source>
        <translation>End reason</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>RecordsReceiptDialog</name>
    <message>
        <source>Logistics receipt</source>
        <translation>Logistics receipt</translation>
    </message>
    <message>
        <source>Handover report</source>
        <translation>Handover report</translation>
    </message>
    <message>
        <source>Report number</source>
        <translation>Report number</translation>
    </message>
    <message>
        <source>382/PL.01.2-BA/62/2024</source>
        <translation>382/PL.01.2-BA/62/2024</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>Received at</translation>
    </message>
    <message>
        <source>dd/mm/yyyy hh:mm</source>
        <translation>dd/mm/yyyy hh:mm</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Election event</source>
        <translation>Election event</translation>
    </message>
    <message>
        <source>Receiving unit</source>
        <translation>Receiving unit</translation>
    </message>
    <message>
        <source>TPS number</source>
        <translation>TPS number</translation>
    </message>
    <message>
        <source>blank unless one polling station</source>
        <translation>blank unless one polling station</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Giver name</source>
        <translation>Giver name</translation>
    </message>
    <message>
        <source>Giver post</source>
        <translation>Giver post</translation>
    </message>
    <message>
        <source>Giver institution</source>
        <translation>Giver institution</translation>
    </message>
    <message>
        <source>Receiver name</source>
        <translation>Receiver name</translation>
    </message>
    <message>
        <source>Receiver post</source>
        <translation>Receiver post</translation>
    </message>
    <message>
        <source>Receiver institution</source>
        <translation>Receiver institution</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Journey</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Planned dispatch</source>
        <translation>Planned dispatch</translation>
    </message>
    <message>
        <source>Actual dispatch</source>
        <translation>Actual dispatch</translation>
    </message>
    <message>
        <source>Planned arrival</source>
        <translation>Planned arrival</translation>
    </message>
    <message>
        <source>Actual arrival</source>
        <translation>Actual arrival</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>Witnesses</translation>
    </message>
    <message>
        <source>Reference documents</source>
        <translation>Reference documents</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Item lines (Tab moves to the next cell; the last row adds a line)</source>
        <translation>Item lines (Tab moves to the next cell; the last row adds a line)</translation>
    </message>
    <message>
        <source>Fill from norms</source>
        <translation>Fill from norms</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Remove line</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Verifier</source>
        <translation>Verifier</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Viewer</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Preferences of this installation.</source>
        <translation>Preferences of this installation.</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>User accounts</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Lock the session after &amp;idle time</source>
        <translation>Lock the session after &amp;idle time</translation>
    </message>
    <message>
        <source>A locked session hides the data until the password is typed again.</source>
        <translation>A locked session hides the data until the password is typed again.</translation>
    </message>
    <message>
        <source>Save preferences</source>
        <translation>Save preferences</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up kpu-desktop</source>
        <translation>Set up kpu-desktop</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Set up</source>
        <translation>&amp;Set up</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Unit: %1
Administrator: %2
Signing identity: %3</source>
        <translation>Unit: %1
Administrator: %2
Signing identity: %3</translation>
    </message>
    <message>
        <source>created now</source>
        <translation>created now</translation>
    </message>
    <message>
        <source>later</source>
        <translation>later</translation>
    </message>
    <message>
        <source>Creating the database and the unit tree...</source>
        <translation>Creating the database and the unit tree...</translation>
    </message>
    <message>
        <source>Adding sample data...</source>
        <translation>Adding sample data...</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Done.</translation>
    </message>
</context>
<context>
    <name>ShellActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Lock session</source>
        <translation>&amp;Lock session</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>&amp;Sign out</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>&amp;Records</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>&amp;New record...</source>
        <translation>&amp;New record...</translation>
    </message>
    <message>
        <source>&amp;Open selected</source>
        <translation>&amp;Open selected</translation>
    </message>
    <message>
        <source>&amp;Delete selected...</source>
        <translation>&amp;Delete selected...</translation>
    </message>
    <message>
        <source>&amp;Undo last change</source>
        <translation>&amp;Undo last change</translation>
    </message>
    <message>
        <source>&amp;Import spreadsheet...</source>
        <translation>&amp;Import spreadsheet...</translation>
    </message>
    <message>
        <source>&amp;Export spreadsheet...</source>
        <translation>&amp;Export spreadsheet...</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About kpu-desktop</source>
        <translation>&amp;About kpu-desktop</translation>
    </message>
</context>
<context>
    <name>ShellStatusBar</name>
    <message>
        <source>Data fingerprint: computing...</source>
        <translation>Data fingerprint: computing...</translation>
    </message>
    <message>
        <source>Equal on every installation that holds the same shared records: compare it with the other side after an exchange.</source>
        <translation>Equal on every installation that holds the same shared records: compare it with the other side after an exchange.</translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation>User: %1 (%2)</translation>
    </message>
    <message>
        <source>Data fingerprint: %1</source>
        <translation>Data fingerprint: %1</translation>
    </message>
    <message>
        <source>Data fingerprint: unavailable</source>
        <translation>Data fingerprint: unavailable</translation>
    </message>
</context>
<context>
    <name>UnitPage</name>
    <message>
        <source>Which secretariat does this installation serve?</source>
        <translation>Which secretariat does this installation serve?</translation>
    </message>
    <message>
        <source>Choose the level, then the region. The units below it are created for you.</source>
        <translation>Choose the level, then the region. The units below it are created for you.</translation>
    </message>
    <message>
        <source>KPU Regency/City secretariat</source>
        <translation>KPU Regency/City secretariat</translation>
    </message>
    <message>
        <source>PPK secretariat (kecamatan)</source>
        <translation>PPK secretariat (kecamatan)</translation>
    </message>
    <message>
        <source>KPU Province secretariat</source>
        <translation>KPU Province secretariat</translation>
    </message>
    <message>
        <source>type part of the name or code</source>
        <translation>type part of the name or code</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>&amp;Level</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regions</translation>
    </message>
</context>
<context>
    <name>UnitsScreen</name>
    <message>
        <source>Units and Regions</source>
        <translation>Units and Regions</translation>
    </message>
    <message>
        <source>Import region list...</source>
        <translation>Import region list...</translation>
    </message>
    <message>
        <source>Import TPS and DPT...</source>
        <translation>Import TPS and DPT...</translation>
    </message>
    <message>
        <source>Find a unit by name or code (Ctrl+F)</source>
        <translation>Find a unit by name or code (Ctrl+F)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>TPS</source>
        <translation>TPS</translation>
    </message>
    <message>
        <source>DPT (voters)</source>
        <translation>DPT (voters)</translation>
    </message>
    <message>
        <source>Sample data: invented for the demonstration</source>
        <translation>Sample data: invented for the demonstration</translation>
    </message>
    <message>
        <source>%1 PPK, %2 PPS, %3 TPS, %4 voters on the DPT</source>
        <translation>%1 PPK, %2 PPS, %3 TPS, %4 voters on the DPT</translation>
    </message>
    <message>
        <source>TPS %1</source>
        <translation>TPS %1</translation>
    </message>
    <message>
        <source>Import region list</source>
        <translation>Import region list</translation>
    </message>
    <message>
        <source>Import TPS and DPT</source>
        <translation>Import TPS and DPT</translation>
    </message>
    <message>
        <source>Importing %1...</source>
        <translation>Importing %1...</translation>
    </message>
    <message>
        <source>Regions imported: %1 new, %2 updated.</source>
        <translation>Regions imported: %1 new, %2 updated.</translation>
    </message>
    <message>
        <source>%1 TPS recorded.</source>
        <translation>%1 TPS recorded.</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>New user</source>
        <translation>New user</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>&amp;Full name</translation>
    </message>
    <message>
        <source>&amp;NIP</source>
        <translation>&amp;NIP</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Password a&amp;gain</source>
        <translation>Password a&amp;gain</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Add user</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Add user...</source>
        <translation>&amp;Add user...</translation>
    </message>
    <message>
        <source>Set &amp;role</source>
        <translation>Set &amp;role</translation>
    </message>
    <message>
        <source>Enable / &amp;disable</source>
        <translation>Enable / &amp;disable</translation>
    </message>
    <message>
        <source>Set &amp;password...</source>
        <translation>Set &amp;password...</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>User accounts</translation>
    </message>
    <message>
        <source>The password was changed.</source>
        <translation>The password was changed.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to kpu-desktop</source>
        <translation>Welcome to kpu-desktop</translation>
    </message>
    <message>
        <source>This laptop has no kpu-desktop data yet. In a few steps you choose the secretariat this installation serves, create its administrator account and, if you wish, load sample data to try things out.</source>
        <translation>This laptop has no kpu-desktop data yet. In a few steps you choose the secretariat this installation serves, create its administrator account and, if you wish, load sample data to try things out.</translation>
    </message>
    <message>
        <source>The data will be kept in:</source>
        <translation>The data will be kept in:</translation>
    </message>
</context>
</TS>
