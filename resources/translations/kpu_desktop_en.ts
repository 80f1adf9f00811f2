<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About kpu-desktop</source>
        <translation>About kpu-desktop</translation>
    </message>
    <message>
        <source>kpu-desktop %1</source>
        <translation>kpu-desktop %1</translation>
    </message>
    <message>
        <source>Records of ASN placements, facility support and election logistics for KPU secretariats.</source>
        <translation>Records of ASN placements, facility support and election logistics for KPU secretariats.</translation>
    </message>
    <message>
        <source>computing...</source>
        <translation>computing...</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Database schema</source>
        <translation>Database schema</translation>
    </message>
    <message>
        <source>Node ID</source>
        <translation>Node ID</translation>
    </message>
    <message>
        <source>Data fingerprint</source>
        <translation>Data fingerprint</translation>
    </message>
    <message>
        <source>Read it out over the phone: installations holding the same shared records show the same fingerprint.</source>
        <translation>Read it out over the phone: installations holding the same shared records show the same fingerprint.</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Last backup</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Libraries</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>unavailable</translation>
    </message>
</context>
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
    <name>AuditLabels</name>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Undone</translation>
    </message>
    <message>
        <source>Updated from a document</source>
        <translation>Updated from a document</translation>
    </message>
    <message>
        <source>Conflict decided</source>
        <translation>Conflict decided</translation>
    </message>
    <message>
        <source>Database created</source>
        <translation>Database created</translation>
    </message>
    <message>
        <source>Region list imported</source>
        <translation>Region list imported</translation>
    </message>
    <message>
        <source>Account added</source>
        <translation>Account added</translation>
    </message>
    <message>
        <source>Account changed</source>
        <translation>Account changed</translation>
    </message>
    <message>
        <source>Password set</source>
        <translation>Password set</translation>
    </message>
    <message>
        <source>Name and NIP changed</source>
        <translation>Name and NIP changed</translation>
    </message>
    <message>
        <source>Bundle exported</source>
        <translation>Bundle exported</translation>
    </message>
    <message>
        <source>Bundle imported</source>
        <translation>Bundle imported</translation>
    </message>
    <message>
        <source>Corrected by a higher unit</source>
        <translation>Corrected by a higher unit</translation>
    </message>
    <message>
        <source>Document generated</source>
        <translation>Document generated</translation>
    </message>
    <message>
        <source>Document signed</source>
        <translation>Document signed</translation>
    </message>
    <message>
        <source>Document settings changed</source>
        <translation>Document settings changed</translation>
    </message>
    <message>
        <source>Signed PDF imported</source>
        <translation>Signed PDF imported</translation>
    </message>
    <message>
        <source>Signing identity created</source>
        <translation>Signing identity created</translation>
    </message>
    <message>
        <source>Signing identity imported</source>
        <translation>Signing identity imported</translation>
    </message>
    <message>
        <source>Certificate trusted</source>
        <translation>Certificate trusted</translation>
    </message>
    <message>
        <source>Certificate no longer trusted</source>
        <translation>Certificate no longer trusted</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Data bundles</source>
        <translation>Data bundles</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Signing identity</source>
        <translation>Signing identity</translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>Trusted certificates</translation>
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
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
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
    <name>BackupDialog</name>
    <message>
        <source>daily (first start of the day)</source>
        <translation>daily (first start of the day)</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>before an import</translation>
    </message>
    <message>
        <source>before a data package import</source>
        <translation>before a data package import</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>before a restore</translation>
    </message>
    <message>
        <source>damaged database, kept as found</source>
        <translation>damaged database, kept as found</translation>
    </message>
    <message>
        <source>before a database upgrade</source>
        <translation>before a database upgrade</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Back up - kpu-desktop</source>
        <translation>Back up - kpu-desktop</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Back up the database</translation>
    </message>
    <message>
        <source>A complete, verified copy of all records. Keep it on a USB stick, away from this computer; it can be restored on any installation.</source>
        <translation>A complete, verified copy of all records. Keep it on a USB stick, away from this computer; it can be restored on any installation.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Where to write the backup</source>
        <translation>Where to write the backup</translation>
    </message>
    <message>
        <source>Backup target</source>
        <translation>Backup target</translation>
    </message>
    <message>
        <source>Look for drives</source>
        <translation>Look for drives</translation>
    </message>
    <message>
        <source>Choose folder or file...</source>
        <translation>Choose folder or file...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Automatic backups</translation>
    </message>
    <message>
        <source>Made daily at the first start, before imports, upgrades and restores, in %1</source>
        <translation>Made daily at the first start, before imports, upgrades and restores, in %1</translation>
    </message>
    <message>
        <source>No USB drive found: plug one in, or choose a folder</source>
        <translation>No USB drive found: plug one in, or choose a folder</translation>
    </message>
    <message>
        <source>Save the backup as</source>
        <translation>Save the backup as</translation>
    </message>
    <message>
        <source>kpu-desktop backups (*.sqlite3);;All files (*)</source>
        <translation>kpu-desktop backups (*.sqlite3);;All files (*)</translation>
    </message>
    <message>
        <source>Plug in a USB stick and press Look for drives, or choose a folder.</source>
        <translation>Plug in a USB stick and press Look for drives, or choose a folder.</translation>
    </message>
    <message>
        <source>The backup will be written to %1</source>
        <translation>The backup will be written to %1</translation>
    </message>
    <message>
        <source>Backup written and verified: %1 (%2)</source>
        <translation>Backup written and verified: %1 (%2)</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Backup failed</translation>
    </message>
</context>
<context>
    <name>ConflictDetail</name>
    <message>
        <source>Select a conflict to compare its versions.</source>
        <translation>Select a conflict to compare its versions.</translation>
    </message>
    <message>
        <source>This record was deleted in one place while it was edited in another. It stays deleted until you decide.</source>
        <translation>This record was deleted in one place while it was edited in another. It stays deleted until you decide.</translation>
    </message>
    <message>
        <source>This field was changed in two places before the data was exchanged. The newest value (left) is in use until you decide; your decision is sent with the next data package.</source>
        <translation>This field was changed in two places before the data was exchanged. The newest value (left) is in use until you decide; your decision is sent with the next data package.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>(in use now)</source>
        <translation>(in use now)</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Keep &amp;deleted</source>
        <translation>Keep &amp;deleted</translation>
    </message>
    <message>
        <source>&amp;Restore with these edits</source>
        <translation>&amp;Restore with these edits</translation>
    </message>
    <message>
        <source>Keep value &amp;%1</source>
        <translation>Keep value &amp;%1</translation>
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
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Sho&amp;w:</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Open conflicts</translation>
    </message>
    <message>
        <source>Decided here</source>
        <translation>Decided here</translation>
    </message>
    <message>
        <source>filter by record, field or kind</source>
        <translation>filter by record, field or kind</translation>
    </message>
    <message>
        <source>Your role may look at conflicts; deciding them needs an operator or an administrator.</source>
        <translation>Your role may look at conflicts; deciding them needs an operator or an administrator.</translation>
    </message>
    <message>
        <source>loading...</source>
        <translation>loading...</translation>
    </message>
    <message>
        <source>Record kind</source>
        <translation>Record kind</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Value kept</source>
        <translation>Value kept</translation>
    </message>
    <message>
        <source>%1 open</source>
        <translation>%1 open</translation>
    </message>
    <message>
        <source>%1 decided here</source>
        <translation>%1 decided here</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>edited</translation>
    </message>
    <message>
        <source>No decision selected.</source>
        <translation>No decision selected.</translation>
    </message>
    <message>
        <source>%1: %2 — %3
Kept: %4
Decided by %5 on %6. The decision is sent with the next data package and closes the conflict everywhere.</source>
        <translation>%1: %2 — %3
Kept: %4
Decided by %5 on %6. The decision is sent with the next data package and closes the conflict everywhere.</translation>
    </message>
    <message>
        <source>Keep &quot;%1&quot; for %2 of %3? The other version is set aside; the decision is recorded in the audit trail and sent with the next data package.</source>
        <translation>Keep &quot;%1&quot; for %2 of %3? The other version is set aside; the decision is recorded in the audit trail and sent with the next data package.</translation>
    </message>
    <message>
        <source>Decide conflict</source>
        <translation>Decide conflict</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Keep it</translation>
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
    <name>DesktopApplication</name>
    <message>
        <source>kpu-desktop is already running</source>
        <translation>kpu-desktop is already running</translation>
    </message>
    <message>
        <source>The data folder cannot be used</source>
        <translation>The data folder cannot be used</translation>
    </message>
    <message>
        <source>%1 cannot be locked: %2</source>
        <translation>%1 cannot be locked: %2</translation>
    </message>
    <message>
        <source>An administrator can restore a backup now. Cancel closes kpu-desktop; the command above restores later.</source>
        <translation>An administrator can restore a backup now. Cancel closes kpu-desktop; the command above restores later.</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <source>Restore a backup...</source>
        <translation>Restore a backup...</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <source>The database was restored from %1.
The previous database was kept as %2.

Please sign in again.</source>
        <translation>The database was restored from %1.
The previous database was kept as %2.

Please sign in again.</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Restore failed</translation>
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
    <name>DocumentForm</name>
    <message>
        <source>search: number, party, place</source>
        <translation>search: number, party, place</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Document</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Unit</translation>
    </message>
    <message>
        <source>&amp;Event</source>
        <translation>&amp;Event</translation>
    </message>
    <message>
        <source>&amp;Receipt</source>
        <translation>&amp;Receipt</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Place and date</source>
        <translation>&amp;Place and date</translation>
    </message>
    <message>
        <source>Signer (Sekretaris)</source>
        <translation>Signer (Sekretaris)</translation>
    </message>
    <message>
        <source>Second signature box for the Ketua</source>
        <translation>Second signature box for the Ketua</translation>
    </message>
    <message>
        <source>Rekap Penempatan ASN (ASN placements)</source>
        <translation>Rekap Penempatan ASN (ASN placements)</translation>
    </message>
    <message>
        <source>Daftar Sarana dan Prasarana (facility support)</source>
        <translation>Daftar Sarana dan Prasarana (facility support)</translation>
    </message>
    <message>
        <source>BAST (logistics handover) of one receipt</source>
        <translation>BAST (logistics handover) of one receipt</translation>
    </message>
    <message>
        <source>Rekap Logistik (logistics recap)</source>
        <translation>Rekap Logistik (logistics recap)</translation>
    </message>
    <message>
        <source>Laporan Ringkas (summary for KPU Provinsi)</source>
        <translation>Laporan Ringkas (summary for KPU Provinsi)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>(no receipt matches)</source>
        <translation>(no receipt matches)</translation>
    </message>
    <message>
        <source>Choose the receipt of the BAST.</source>
        <translation>Choose the receipt of the BAST.</translation>
    </message>
    <message>
        <source>Give the place of signing.</source>
        <translation>Give the place of signing.</translation>
    </message>
    <message>
        <source>Give the signer&apos;s name.</source>
        <translation>Give the signer&apos;s name.</translation>
    </message>
    <message>
        <source>Give the Ketua&apos;s name, or remove the second signature box.</source>
        <translation>Give the Ketua&apos;s name, or remove the second signature box.</translation>
    </message>
</context>
<context>
    <name>DocumentSlots</name>
    <message>
        <source>Sekretaris</source>
        <translation>Sekretaris</translation>
    </message>
    <message>
        <source>Ketua</source>
        <translation>Ketua</translation>
    </message>
    <message>
        <source>first party</source>
        <translation>first party</translation>
    </message>
    <message>
        <source>second party</source>
        <translation>second party</translation>
    </message>
</context>
<context>
    <name>DocumentsScreen</name>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Printable documents made from your records, signed with the secretariat&apos;s electronic signature; verify and import signed PDFs.</source>
        <translation>Printable documents made from your records, signed with the secretariat&apos;s electronic signature; verify and import signed PDFs.</translation>
    </message>
    <message>
        <source>&amp;Produce</source>
        <translation>&amp;Produce</translation>
    </message>
    <message>
        <source>&amp;Verify and import</source>
        <translation>&amp;Verify and import</translation>
    </message>
    <message>
        <source>Identity and &amp;trust</source>
        <translation>Identity and &amp;trust</translation>
    </message>
</context>
<context>
    <name>ExchangeScreen</name>
    <message>
        <source>Data exchange</source>
        <translation>Data exchange</translation>
    </message>
    <message>
        <source>Send and receive data packages by flashdisk, up and down the unit tree.</source>
        <translation>Send and receive data packages by flashdisk, up and down the unit tree.</translation>
    </message>
    <message>
        <source>Refresh status</source>
        <translation>Refresh status</translation>
    </message>
    <message>
        <source>Your role may view the exchange status only; exporting and importing data packages needs an operator, verifier or administrator.</source>
        <translation>Your role may view the exchange status only; exporting and importing data packages needs an operator, verifier or administrator.</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <source>Rec&amp;eive</source>
        <translation>Rec&amp;eive</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
</context>
<context>
    <name>ExistingSignPanel</name>
    <message>
        <source>Add a signature to an existing document</source>
        <translation>Add a signature to an existing document</translation>
    </message>
    <message>
        <source>For the Ketua&apos;s signature after the Sekretaris&apos;, or a BAST party: the earlier signatures stay valid.</source>
        <translation>For the Ketua&apos;s signature after the Sekretaris&apos;, or a BAST party: the earlier signatures stay valid.</translation>
    </message>
    <message>
        <source>C&amp;hoose PDF...</source>
        <translation>C&amp;hoose PDF...</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <source>e.g. Ketua KPU Kabupaten ...</source>
        <translation>e.g. Ketua KPU Kabupaten ...</translation>
    </message>
    <message>
        <source>Sl&amp;ot</source>
        <translation>Sl&amp;ot</translation>
    </message>
    <message>
        <source>Signer&apos;s p&amp;ost</source>
        <translation>Signer&apos;s p&amp;ost</translation>
    </message>
    <message>
        <source>Sign and sa&amp;ve...</source>
        <translation>Sign and sa&amp;ve...</translation>
    </message>
    <message>
        <source>Document to sign</source>
        <translation>Document to sign</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation>Reading %1...</translation>
    </message>
    <message>
        <source>signed by: %1</source>
        <translation>signed by: %1</translation>
    </message>
    <message>
        <source>This document has no free signature slot.</source>
        <translation>This document has no free signature slot.</translation>
    </message>
    <message>
        <source>Passphrase of the signing key, to sign %1 as %2:</source>
        <translation>Passphrase of the signing key, to sign %1 as %2:</translation>
    </message>
    <message>
        <source>Save the signed document</source>
        <translation>Save the signed document</translation>
    </message>
    <message>
        <source>The signed document was not saved.</source>
        <translation>The signed document was not saved.</translation>
    </message>
    <message>
        <source>Signed and saved: %1</source>
        <translation>Signed and saved: %1</translation>
    </message>
    <message>
        <source>Sign a document</source>
        <translation>Sign a document</translation>
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
    <name>FingerprintCard</name>
    <message>
        <source>Data fingerprint</source>
        <translation>Data fingerprint</translation>
    </message>
    <message>
        <source>O&amp;f:</source>
        <translation>O&amp;f:</translation>
    </message>
    <message>
        <source>all shared data</source>
        <translation>all shared data</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Read it to the other office by phone: the same fingerprint means the same data.</source>
        <translation>Read it to the other office by phone: the same fingerprint means the same data.</translation>
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
        <source>Officer&apos;s &amp;name</source>
        <translation>Officer&apos;s &amp;name</translation>
    </message>
    <message>
        <source>Officer&apos;s NI&amp;P</source>
        <translation>Officer&apos;s NI&amp;P</translation>
    </message>
    <message>
        <source>Documents and USB bundles are signed with the secretariat officer&apos;s identity. You can also create or import it later, under Documents.</source>
        <translation>Documents and USB bundles are signed with the secretariat officer&apos;s identity. You can also create or import it later, under Documents.</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <source>&amp;Create a new key and certificate now</source>
        <translation>&amp;Create a new key and certificate now</translation>
    </message>
    <message>
        <source>&amp;Import a PKCS#12 file (e.g. from BSrE)</source>
        <translation>&amp;Import a PKCS#12 file (e.g. from BSrE)</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Browse...</translation>
    </message>
    <message>
        <source>PKCS#12 &amp;file</source>
        <translation>PKCS#12 &amp;file</translation>
    </message>
    <message>
        <source>Passphrase of the &amp;file</source>
        <translation>Passphrase of the &amp;file</translation>
    </message>
    <message>
        <source>Pass&amp;phrase of the key here</source>
        <translation>Pass&amp;phrase of the key here</translation>
    </message>
    <message>
        <source>Passphrase a&amp;gain</source>
        <translation>Passphrase a&amp;gain</translation>
    </message>
    <message>
        <source>The passphrase protects the private key; it is not stored and cannot be recovered.</source>
        <translation>The passphrase protects the private key; it is not stored and cannot be recovered.</translation>
    </message>
    <message>
        <source>PKCS#12 file</source>
        <translation>PKCS#12 file</translation>
    </message>
    <message>
        <source>PKCS#12 (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12 (*.p12 *.pfx);;All files (*)</translation>
    </message>
    <message>
        <source>Give the officer&apos;s name.</source>
        <translation>Give the officer&apos;s name.</translation>
    </message>
    <message>
        <source>Choose the PKCS#12 file.</source>
        <translation>Choose the PKCS#12 file.</translation>
    </message>
    <message>
        <source>The passphrase needs at least 8 characters, typed the same twice.</source>
        <translation>The passphrase needs at least 8 characters, typed the same twice.</translation>
    </message>
</context>
<context>
    <name>IdentityPanel</name>
    <message>
        <source>Signing identity of this installation</source>
        <translation>Signing identity of this installation</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256)</source>
        <translation>Certificate fingerprint (SHA-256)</translation>
    </message>
    <message>
        <source>Certificate fingerprint</source>
        <translation>Certificate fingerprint</translation>
    </message>
    <message>
        <source>Read the fingerprint out to KPU Provinsi by phone: they add your certificate to their trust store only when every group matches.</source>
        <translation>Read the fingerprint out to KPU Provinsi by phone: they add your certificate to their trust store only when every group matches.</translation>
    </message>
    <message>
        <source>&amp;Create identity...</source>
        <translation>&amp;Create identity...</translation>
    </message>
    <message>
        <source>&amp;Import PKCS#12...</source>
        <translation>&amp;Import PKCS#12...</translation>
    </message>
    <message>
        <source>E&amp;xport certificate...</source>
        <translation>E&amp;xport certificate...</translation>
    </message>
    <message>
        <source>Only a verifier or an administrator may change the identity.</source>
        <translation>Only a verifier or an administrator may change the identity.</translation>
    </message>
    <message>
        <source>No signing identity yet: create one, or import the PKCS#12 file your certification authority gave you.</source>
        <translation>No signing identity yet: create one, or import the PKCS#12 file your certification authority gave you.</translation>
    </message>
    <message>
        <source>trusted by this installation</source>
        <translation>trusted by this installation</translation>
    </message>
    <message>
        <source>NOT trusted by this installation</source>
        <translation>NOT trusted by this installation</translation>
    </message>
    <message>
        <source>Documents and USB bundles are signed with this certificate (%1).</source>
        <translation>Documents and USB bundles are signed with this certificate (%1).</translation>
    </message>
    <message>
        <source>&amp;Replace identity...</source>
        <translation>&amp;Replace identity...</translation>
    </message>
    <message>
        <source>Replace identity</source>
        <translation>Replace identity</translation>
    </message>
    <message>
        <source>This installation already has a signing identity (%1). Replace it? Documents signed earlier stay valid here; KPU Provinsi must trust the new certificate before it accepts new signatures.</source>
        <translation>This installation already has a signing identity (%1). Replace it? Documents signed earlier stay valid here; KPU Provinsi must trust the new certificate before it accepts new signatures.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>Creating the key (this takes a few seconds)...</source>
        <translation>Creating the key (this takes a few seconds)...</translation>
    </message>
    <message>
        <source>Importing the identity...</source>
        <translation>Importing the identity...</translation>
    </message>
    <message>
        <source>Signing identity</source>
        <translation>Signing identity</translation>
    </message>
    <message>
        <source>Signing identity ready: %1
Fingerprint (SHA-256):
%2</source>
        <translation>Signing identity ready: %1
Fingerprint (SHA-256):
%2</translation>
    </message>
    <message>
        <source>Export certificate</source>
        <translation>Export certificate</translation>
    </message>
    <message>
        <source>Certificate (*.pem);;All files (*)</source>
        <translation>Certificate (*.pem);;All files (*)</translation>
    </message>
    <message>
        <source>Certificate written to %1.
Give it to KPU Provinsi and read out its fingerprint:
%2</source>
        <translation>Certificate written to %1.
Give it to KPU Provinsi and read out its fingerprint:
%2</translation>
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
        <source>&amp;Save the problem list...</source>
        <translation>&amp;Save the problem list...</translation>
    </message>
    <message>
        <source>A spreadsheet of every bad row and column, to fix the file with</source>
        <translation>A spreadsheet of every bad row and column, to fix the file with</translation>
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
        <source>Save the problem list</source>
        <translation>Save the problem list</translation>
    </message>
    <message>
        <source>{summary} The problem list is saved in {path}.</source>
        <translation>{summary} The problem list is saved in {path}.</translation>
    </message>
    <message>
        <source>Saving the problem list...</source>
        <translation>Saving the problem list...</translation>
    </message>
    <message>
        <source>{summary} The problem list could not be saved: {error}</source>
        <translation>{summary} The problem list could not be saved: {error}</translation>
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
    <name>ImportIdentityDialog</name>
    <message>
        <source>Import a PKCS#12 identity</source>
        <translation>Import a PKCS#12 identity</translation>
    </message>
    <message>
        <source>Certificates issued by a certification authority (such as BSrE) come as a .p12 or .pfx file with its own passphrase.</source>
        <translation>Certificates issued by a certification authority (such as BSrE) come as a .p12 or .pfx file with its own passphrase.</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Browse...</translation>
    </message>
    <message>
        <source>PKCS#12 &amp;file</source>
        <translation>PKCS#12 &amp;file</translation>
    </message>
    <message>
        <source>Passphrase of the &amp;file</source>
        <translation>Passphrase of the &amp;file</translation>
    </message>
    <message>
        <source>&amp;New passphrase here</source>
        <translation>&amp;New passphrase here</translation>
    </message>
    <message>
        <source>New passphrase a&amp;gain</source>
        <translation>New passphrase a&amp;gain</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>PKCS#12 file</source>
        <translation>PKCS#12 file</translation>
    </message>
    <message>
        <source>PKCS#12 (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12 (*.p12 *.pfx);;All files (*)</translation>
    </message>
    <message>
        <source>Choose the PKCS#12 file.</source>
        <translation>Choose the PKCS#12 file.</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>The passphrase needs at least %1 characters.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
</context>
<context>
    <name>LocationsPanel</name>
    <message>
        <source>Flashdisk or folder</source>
        <translation>Flashdisk or folder</translation>
    </message>
    <message>
        <source>No flashdisk found. Plug one in and press Refresh, or choose a folder.</source>
        <translation>No flashdisk found. Plug one in and press Refresh, or choose a folder.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Look again for plugged-in flashdisks</source>
        <translation>Look again for plugged-in flashdisks</translation>
    </message>
    <message>
        <source>C&amp;hoose folder...</source>
        <translation>C&amp;hoose folder...</translation>
    </message>
    <message>
        <source>Flashdisk</source>
        <translation>Flashdisk</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>%1: %2
%3 - %4 free</source>
        <translation>%1: %2
%3 - %4 free</translation>
    </message>
    <message>
        <source>Choose the folder or flashdisk for data packages</source>
        <translation>Choose the folder or flashdisk for data packages</translation>
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
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Only an administrator may restore a backup.</source>
        <translation>Only an administrator may restore a backup.</translation>
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
    <name>NewIdentityDialog</name>
    <message>
        <source>Create a signing identity</source>
        <translation>Create a signing identity</translation>
    </message>
    <message>
        <source>A new RSA-3072 key and a self-signed certificate are made for the officer. KPU Provinsi trusts it after comparing its fingerprint with you.</source>
        <translation>A new RSA-3072 key and a self-signed certificate are made for the officer. KPU Provinsi trusts it after comparing its fingerprint with you.</translation>
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
        <source>Pass&amp;phrase (at least %1 characters)</source>
        <translation>Pass&amp;phrase (at least %1 characters)</translation>
    </message>
    <message>
        <source>Passphrase a&amp;gain</source>
        <translation>Passphrase a&amp;gain</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>C&amp;reate</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Give the officer&apos;s name.</source>
        <translation>Give the officer&apos;s name.</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>The passphrase needs at least %1 characters.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
</context>
<context>
    <name>Officers</name>
    <message>
        <source>A NIP has 18 digits (spaces allowed), or stays empty.</source>
        <translation>A NIP has 18 digits (spaces allowed), or stays empty.</translation>
    </message>
</context>
<context>
    <name>OwnPasswordPanel</name>
    <message>
        <source>Only administrators manage accounts. You can change your own name, NIP and password.</source>
        <translation>Only administrators manage accounts. You can change your own name, NIP and password.</translation>
    </message>
    <message>
        <source>My name &amp;&amp; NI&amp;P...</source>
        <translation>My name &amp;&amp; NI&amp;P...</translation>
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
    <name>PassphraseDialog</name>
    <message>
        <source>Identity passphrase</source>
        <translation>Identity passphrase</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>Key passphrase</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>The passphrase is not stored; it unlocks the key for this signature only.</source>
        <translation>The passphrase is not stored; it unlocks the key for this signature only.</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Sign</translation>
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
    <name>ProducePanel</name>
    <message>
        <source>Produce a document</source>
        <translation>Produce a document</translation>
    </message>
    <message>
        <source>Sign &amp;now with this installation&apos;s identity</source>
        <translation>Sign &amp;now with this installation&apos;s identity</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Generate</translation>
    </message>
    <message>
        <source>No document yet</source>
        <translation>No document yet</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Data fingerprint</source>
        <translation>Data fingerprint</translation>
    </message>
    <message>
        <source>SHA-256 of the data</source>
        <translation>SHA-256 of the data</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Saved as</source>
        <translation>Saved as</translation>
    </message>
    <message>
        <source>&amp;Save as...</source>
        <translation>&amp;Save as...</translation>
    </message>
    <message>
        <source>Signature slot</source>
        <translation>Signature slot</translation>
    </message>
    <message>
        <source>S&amp;ign...</source>
        <translation>S&amp;ign...</translation>
    </message>
    <message>
        <source>&amp;Open with the system viewer</source>
        <translation>&amp;Open with the system viewer</translation>
    </message>
    <message>
        <source>Your role may not sign documents.</source>
        <translation>Your role may not sign documents.</translation>
    </message>
    <message>
        <source>This installation has no signing identity yet (tab &apos;Identity and trust&apos;).</source>
        <translation>This installation has no signing identity yet (tab &apos;Identity and trust&apos;).</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>not saved yet</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signed</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>not signed</translation>
    </message>
    <message>
        <source>Passphrase of the signing key, to sign the document as it is produced:</source>
        <translation>Passphrase of the signing key, to sign the document as it is produced:</translation>
    </message>
    <message>
        <source>Producing the document...</source>
        <translation>Producing the document...</translation>
    </message>
    <message>
        <source>Cancelled; nothing was produced.</source>
        <translation>Cancelled; nothing was produced.</translation>
    </message>
    <message>
        <source>Reading the records...</source>
        <translation>Reading the records...</translation>
    </message>
    <message>
        <source>Computing the data fingerprint...</source>
        <translation>Computing the data fingerprint...</translation>
    </message>
    <message>
        <source>Taking the document number...</source>
        <translation>Taking the document number...</translation>
    </message>
    <message>
        <source>Laying out the pages...</source>
        <translation>Laying out the pages...</translation>
    </message>
    <message>
        <source>Signing...</source>
        <translation>Signing...</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Done.</translation>
    </message>
    <message>
        <source>Document %1 is ready: save it.</source>
        <translation>Document %1 is ready: save it.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Save document</source>
        <translation>Save document</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>Passphrase of the signing key, to sign as %1:</source>
        <translation>Passphrase of the signing key, to sign as %1:</translation>
    </message>
    <message>
        <source>Signed as %1: save the document.</source>
        <translation>Signed as %1: save the document.</translation>
    </message>
    <message>
        <source>Open document</source>
        <translation>Open document</translation>
    </message>
    <message>
        <source>No PDF viewer could be started for %1.</source>
        <translation>No PDF viewer could be started for %1.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Name and NIP of %1</source>
        <translation>Name and NIP of %1</translation>
    </message>
    <message>
        <source>Documents print this name and NIP under the signature of this account.</source>
        <translation>Documents print this name and NIP under the signature of this account.</translation>
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
        <source>Save</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Close without Saving</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
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
    <name>ReceivePanel</name>
    <message>
        <source>Choose a flashdisk or a folder to see its data packages.</source>
        <translation>Choose a flashdisk or a folder to see its data packages.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Look a&amp;gain</source>
        <translation>Look a&amp;gain</translation>
    </message>
    <message>
        <source>Chec&amp;k package</source>
        <translation>Chec&amp;k package</translation>
    </message>
    <message>
        <source>Verify the signature and contents and show what would change; nothing is written yet</source>
        <translation>Verify the signature and contents and show what would change; nothing is written yet</translation>
    </message>
    <message>
        <source>Record kind</source>
        <translation>Record kind</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>&amp;Apply to this installation</source>
        <translation>&amp;Apply to this installation</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Looking for data packages in %1...</source>
        <translation>Looking for data packages in %1...</translation>
    </message>
    <message>
        <source>(%1 in total)</source>
        <translation>(%1 in total)</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>encrypted</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>%1 data packages in %2, newest first.</source>
        <translation>%1 data packages in %2, newest first.</translation>
    </message>
    <message>
        <source>No data packages (.kpub) in %1.</source>
        <translation>No data packages (.kpub) in %1.</translation>
    </message>
    <message>
        <source>This data package is encrypted for this installation. Type the passphrase of its identity to open it.</source>
        <translation>This data package is encrypted for this installation. Type the passphrase of its identity to open it.</translation>
    </message>
    <message>
        <source>Verifying %1...</source>
        <translation>Verifying %1...</translation>
    </message>
    <message>
        <source>Preview of %1: nothing has been written yet</source>
        <translation>Preview of %1: nothing has been written yet</translation>
    </message>
    <message>
        <source>From: %1 (unit %2, node %3)</source>
        <translation>From: %1 (unit %2, node %3)</translation>
    </message>
    <message>
        <source>Made: %1 by %2</source>
        <translation>Made: %1 by %2</translation>
    </message>
    <message>
        <source>Signed by: %1</source>
        <translation>Signed by: %1</translation>
    </message>
    <message>
        <source>Signature valid; the signer is in this installation&apos;s trusted certificates (fingerprint %1).</source>
        <translation>Signature valid; the signer is in this installation&apos;s trusted certificates (fingerprint %1).</translation>
    </message>
    <message>
        <source>The contents were encrypted for this installation.</source>
        <translation>The contents were encrypted for this installation.</translation>
    </message>
    <message>
        <source>New changes: %1, already present: %2, conflicts: %3, waiting: %4.</source>
        <translation>New changes: %1, already present: %2, conflicts: %3, waiting: %4.</translation>
    </message>
    <message>
        <source>Applying %1...</source>
        <translation>Applying %1...</translation>
    </message>
    <message>
        <source>%1 was imported before; nothing changed.</source>
        <translation>%1 was imported before; nothing changed.</translation>
    </message>
    <message>
        <source>Applied %1</source>
        <translation>Applied %1</translation>
    </message>
    <message>
        <source>New changes applied: %1, already present: %2, conflicts: %3, waiting for their unit: %4.</source>
        <translation>New changes applied: %1, already present: %2, conflicts: %3, waiting for their unit: %4.</translation>
    </message>
    <message>
        <source>Open the Conflicts screen to review the conflicts.</source>
        <translation>Open the Conflicts screen to review the conflicts.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>Refused: nothing was changed</source>
        <translation>Refused: nothing was changed</translation>
    </message>
    <message>
        <source>Data package refused</source>
        <translation>Data package refused</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>Missing changes (the rest is applied; ask for them in the next exchange):</source>
        <translation>Missing changes (the rest is applied; ask for them in the next exchange):</translation>
    </message>
</context>
<context>
    <name>RecordColumns</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIP / NIK</source>
        <translation>NIP / NIK</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Employment</translation>
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
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>KPU decree</source>
        <translation>KPU decree</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Honorarium</source>
        <translation>Honorarium</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Last changed</translation>
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
        <source>Quantity</source>
        <translation>Quantity</translation>
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
        <source>Basis</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registration</translation>
    </message>
    <message>
        <source>Report number</source>
        <translation>Report number</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Receiving unit</source>
        <translation>Receiving unit</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Given by</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Received qty</source>
        <translation>Received qty</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Damaged</translation>
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
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
</context>
<context>
    <name>RecordKinds</name>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Polling stations (TPS)</source>
        <translation>Polling stations (TPS)</translation>
    </message>
    <message>
        <source>Elections</source>
        <translation>Elections</translation>
    </message>
    <message>
        <source>ASN people</source>
        <translation>ASN people</translation>
    </message>
    <message>
        <source>ASN placements</source>
        <translation>ASN placements</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Facilities</translation>
    </message>
    <message>
        <source>Logistics receipts (BAST)</source>
        <translation>Logistics receipts (BAST)</translation>
    </message>
    <message>
        <source>Receipt lines</source>
        <translation>Receipt lines</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
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
        <source>{n}+ records</source>
        <translation>{n}+ records</translation>
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
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Giver name</source>
        <translation>Giver name</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Giver post</source>
        <translation>Giver post</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
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
        <source>&lt;b&gt;Giver&lt;/b&gt;</source>
        <translation>&lt;b&gt;Giver&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Receiver&lt;/b&gt;</source>
        <translation>&lt;b&gt;Receiver&lt;/b&gt;</translation>
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
    <name>RestoreDialog</name>
    <message>
        <source>units</source>
        <translation>units</translation>
    </message>
    <message>
        <source>people</source>
        <translation>people</translation>
    </message>
    <message>
        <source>placements</source>
        <translation>placements</translation>
    </message>
    <message>
        <source>facilities</source>
        <translation>facilities</translation>
    </message>
    <message>
        <source>logistics receipts</source>
        <translation>logistics receipts</translation>
    </message>
    <message>
        <source>Schema %1, %2 audit entries; integrity and audit chain verified.</source>
        <translation>Schema %1, %2 audit entries; integrity and audit chain verified.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>Taken: %1</source>
        <translation>Taken: %1</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>Unit: %1</translation>
    </message>
    <message>
        <source>Holds: %1</source>
        <translation>Holds: %1</translation>
    </message>
    <message>
        <source>Restore - kpu-desktop</source>
        <translation>Restore - kpu-desktop</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Replaces every record with the backup&apos;s. The current database is kept as a backup first. Only an administrator may restore.</source>
        <translation>Replaces every record with the backup&apos;s. The current database is kept as a backup first. Only an administrator may restore.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Restore...</source>
        <translation>Restore...</translation>
    </message>
    <message>
        <source>Automatic backups on this computer, or a file of your own</source>
        <translation>Automatic backups on this computer, or a file of your own</translation>
    </message>
    <message>
        <source>Choose file...</source>
        <translation>Choose file...</translation>
    </message>
    <message>
        <source>What the backup holds</source>
        <translation>What the backup holds</translation>
    </message>
    <message>
        <source>Choose a backup: it is checked before anything is replaced.</source>
        <translation>Choose a backup: it is checked before anything is replaced.</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <source>kpu-desktop backups (*.sqlite3 *.db);;All files (*)</source>
        <translation>kpu-desktop backups (*.sqlite3 *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Checking %1 ...</source>
        <translation>Checking %1 ...</translation>
    </message>
    <message>
        <source>This backup cannot be restored</source>
        <translation>This backup cannot be restored</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Only an administrator may restore a backup.</source>
        <translation>Only an administrator may restore a backup.</translation>
    </message>
    <message>
        <source>Backup of another installation</source>
        <translation>Backup of another installation</translation>
    </message>
    <message>
        <source>This backup was made by another installation. Restoring it gives two installations the same identity. Restore it anyway?</source>
        <translation>This backup was made by another installation. Restoring it gives two installations the same identity. Restore it anyway?</translation>
    </message>
    <message>
        <source>Replace the current database with the backup of %1?

The current database is kept as a backup in %2. kpu-desktop then reopens the restored database and asks you to sign in again.</source>
        <translation>Replace the current database with the backup of %1?

The current database is kept as a backup in %2. kpu-desktop then reopens the restored database and asks you to sign in again.</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Restore the backup</translation>
    </message>
</context>
<context>
    <name>RestoreProgressDialog</name>
    <message>
        <source>Restore - kpu-desktop</source>
        <translation>Restore - kpu-desktop</translation>
    </message>
    <message>
        <source>Restoring the backup; the current database is kept first...</source>
        <translation>Restoring the backup; the current database is kept first...</translation>
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
    <name>SendPanel</name>
    <message>
        <source>The unit above (default)</source>
        <translation>The unit above (default)</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>&amp;Recipient:</translation>
    </message>
    <message>
        <source>Send &amp;everything held, not only what the recipient lacks</source>
        <translation>Send &amp;everything held, not only what the recipient lacks</translation>
    </message>
    <message>
        <source>E&amp;ncrypt for the recipient&apos;s certificate</source>
        <translation>E&amp;ncrypt for the recipient&apos;s certificate</translation>
    </message>
    <message>
        <source>certificate file (.pem, .crt, .cer)</source>
        <translation>certificate file (.pem, .crt, .cer)</translation>
    </message>
    <message>
        <source>Choose certificate...</source>
        <translation>Choose certificate...</translation>
    </message>
    <message>
        <source>Cer&amp;tificate:</source>
        <translation>Cer&amp;tificate:</translation>
    </message>
    <message>
        <source>The package is signed with this installation&apos;s identity; with encryption a lost flashdisk reveals no personal data.</source>
        <translation>The package is signed with this installation&apos;s identity; with encryption a lost flashdisk reveals no personal data.</translation>
    </message>
    <message>
        <source>E&amp;xport data package</source>
        <translation>E&amp;xport data package</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The unit above: %1</source>
        <translation>The unit above: %1</translation>
    </message>
    <message>
        <source>Recipient&apos;s certificate</source>
        <translation>Recipient&apos;s certificate</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der)</source>
        <translation>Certificates (*.pem *.crt *.cer *.der)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Choose a flashdisk or a folder first.</source>
        <translation>Choose a flashdisk or a folder first.</translation>
    </message>
    <message>
        <source>Choose the recipient&apos;s certificate, or untick encryption.</source>
        <translation>Choose the recipient&apos;s certificate, or untick encryption.</translation>
    </message>
    <message>
        <source>The data package is signed with this installation&apos;s identity. Type its passphrase.</source>
        <translation>The data package is signed with this installation&apos;s identity. Type its passphrase.</translation>
    </message>
    <message>
        <source>Writing the data package to %1...</source>
        <translation>Writing the data package to %1...</translation>
    </message>
    <message>
        <source>Data package written: %1</source>
        <translation>Data package written: %1</translation>
    </message>
    <message>
        <source>%1 changes for %2%3</source>
        <translation>%1 changes for %2%3</translation>
    </message>
    <message>
        <source>, encrypted</source>
        <translation>, encrypted</translation>
    </message>
    <message>
        <source>Per record kind: %1</source>
        <translation>Per record kind: %1</translation>
    </message>
    <message>
        <source>No data package was written: %1</source>
        <translation>No data package was written: %1</translation>
    </message>
    <message>
        <source>Export cancelled; no data package was written.</source>
        <translation>Export cancelled; no data package was written.</translation>
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
        <source>imported now</source>
        <translation>imported now</translation>
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
        <source>Creating the signing identity...</source>
        <translation>Creating the signing identity...</translation>
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
        <source>&amp;Back up...</source>
        <translation>&amp;Back up...</translation>
    </message>
    <message>
        <source>&amp;Restore...</source>
        <translation>&amp;Restore...</translation>
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
    <name>StatusPanel</name>
    <message>
        <source>Node</source>
        <translation>Node</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Changes held</source>
        <translation>Changes held</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Not for this unit</source>
        <translation>Not for this unit</translation>
    </message>
    <message>
        <source>Missing changes</source>
        <translation>Missing changes</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>This installation is node %1. Records waiting for their unit: %2. Open conflicts: %3.</source>
        <translation>This installation is node %1. Records waiting for their unit: %2. Open conflicts: %3.</translation>
    </message>
    <message>
        <source>(this one)</source>
        <translation>(this one)</translation>
    </message>
    <message>
        <source>last received %1</source>
        <translation>last received %1</translation>
    </message>
</context>
<context>
    <name>TrustPanel</name>
    <message>
        <source>Trusted signers</source>
        <translation>Trusted signers</translation>
    </message>
    <message>
        <source>Signed documents and USB bundles are accepted only from these certificates. Add one only after its fingerprint was confirmed with its owner.</source>
        <translation>Signed documents and USB bundles are accepted only from these certificates. Add one only after its fingerprint was confirmed with its owner.</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>Fingerprint (SHA-256)</translation>
    </message>
    <message>
        <source>&amp;Add certificate...</source>
        <translation>&amp;Add certificate...</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>Only an administrator may change the trust store.</source>
        <translation>Only an administrator may change the trust store.</translation>
    </message>
    <message>
        <source> (expired)</source>
        <translation> (expired)</translation>
    </message>
    <message>
        <source>Certificate to trust</source>
        <translation>Certificate to trust</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificates (*.pem *.crt *.cer *.der);;All files (*)</translation>
    </message>
    <message>
        <source>Trust signatures of %1 (%2)?

Compare this fingerprint with its owner, by phone, before you answer:
%3</source>
        <translation>Trust signatures of %1 (%2)?

Compare this fingerprint with its owner, by phone, before you answer:
%3</translation>
    </message>
    <message>
        <source>Trust a certificate</source>
        <translation>Trust a certificate</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Trust</translation>
    </message>
    <message>
        <source>Stop trusting %1?
Documents and bundles signed with this certificate will be reported as not trusted, and their data can no longer be imported.</source>
        <translation>Stop trusting %1?
Documents and bundles signed with this certificate will be reported as not trusted, and their data can no longer be imported.</translation>
    </message>
    <message>
        <source>Remove a trusted signer</source>
        <translation>Remove a trusted signer</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
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
        <source>sample data</source>
        <translation>sample data</translation>
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
        <source>NIP</source>
        <translation>NIP</translation>
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
        <source>Name &amp;&amp; NI&amp;P...</source>
        <translation>Name &amp;&amp; NI&amp;P...</translation>
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
    <name>VerifyPanel</name>
    <message>
        <source>&amp;Choose a PDF to verify...</source>
        <translation>&amp;Choose a PDF to verify...</translation>
    </message>
    <message>
        <source>Checks every signature against the certificates this installation trusts; works offline.</source>
        <translation>Checks every signature against the certificates this installation trusts; works offline.</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Signed at</translation>
    </message>
    <message>
        <source>Intact</source>
        <translation>Intact</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Trusted</translation>
    </message>
    <message>
        <source>Changed after signing</source>
        <translation>Changed after signing</translation>
    </message>
    <message>
        <source>Certificate fingerprint</source>
        <translation>Certificate fingerprint</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Verification report</source>
        <translation>Verification report</translation>
    </message>
    <message>
        <source>The full verification report appears here.</source>
        <translation>The full verification report appears here.</translation>
    </message>
    <message>
        <source>Import the data of a signed document</source>
        <translation>Import the data of a signed document</translation>
    </message>
    <message>
        <source>A valid signed document carries its records: load them into this database instead of typing them again. Importing twice changes nothing.</source>
        <translation>A valid signed document carries its records: load them into this database instead of typing them again. Importing twice changes nothing.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Import data...</source>
        <translation>&amp;Import data...</translation>
    </message>
    <message>
        <source>Your role may not import data.</source>
        <translation>Your role may not import data.</translation>
    </message>
    <message>
        <source>Document to verify</source>
        <translation>Document to verify</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;All files (*)</source>
        <translation>PDF (*.pdf);;All files (*)</translation>
    </message>
    <message>
        <source>Verifying %1...</source>
        <translation>Verifying %1...</translation>
    </message>
    <message>
        <source>VALID: every signature is intact and trusted, and the document was not changed.</source>
        <translation>VALID: every signature is intact and trusted, and the document was not changed.</translation>
    </message>
    <message>
        <source>NOT VALID: %1</source>
        <translation>NOT VALID: %1</translation>
    </message>
    <message>
        <source>%1, number %2, unit %3, %4 records</source>
        <translation>%1, number %2, unit %3, %4 records</translation>
    </message>
    <message>
        <source>Slots not signed yet: %1</source>
        <translation>Slots not signed yet: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation>Import data</translation>
    </message>
    <message>
        <source>Only a valid document can be imported: %1</source>
        <translation>Only a valid document can be imported: %1</translation>
    </message>
    <message>
        <source>The document carries no data.</source>
        <translation>The document carries no data.</translation>
    </message>
    <message>
        <source>Load the %1 records of %2 (%3) into this database?
Existing records with the same identity are updated to the document&apos;s values.</source>
        <translation>Load the %1 records of %2 (%3) into this database?
Existing records with the same identity are updated to the document&apos;s values.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Importing...</source>
        <translation>Importing...</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Import cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
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
