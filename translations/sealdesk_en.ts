<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Component</source>
        <translation>Component</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Used for</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Source code</source>
        <translation>Source code</translation>
    </message>
    <message>
        <source>Windows, printing and PDF preview</source>
        <translation>Windows, printing and PDF preview</translation>
    </message>
    <message>
        <source>Programming language</source>
        <translation>Programming language</translation>
    </message>
    <message>
        <source>Workspace database</source>
        <translation>Workspace database</translation>
    </message>
    <message>
        <source>PDF documents</source>
        <translation>PDF documents</translation>
    </message>
    <message>
        <source>Thai text shaping in PDFs</source>
        <translation>Thai text shaping in PDFs</translation>
    </message>
    <message>
        <source>Thai word segmentation (word list: CC0-1.0)</source>
        <translation>Thai word segmentation (word list: CC0-1.0)</translation>
    </message>
    <message>
        <source>Signing the submission bundle</source>
        <translation>Signing the submission bundle</translation>
    </message>
    <message>
        <source>The scanner folder</source>
        <translation>The scanner folder</translation>
    </message>
    <message>
        <source>QR codes on printed sheets</source>
        <translation>QR codes on printed sheets</translation>
    </message>
    <message>
        <source>Images in PDFs</source>
        <translation>Images in PDFs</translation>
    </message>
    <message>
        <source>Finding the user&apos;s data folder</source>
        <translation>Finding the user&apos;s data folder</translation>
    </message>
    <message>
        <source>Telling network drives from local disks</source>
        <translation>Telling network drives from local disks</translation>
    </message>
    <message>
        <source>Used by Alembic</source>
        <translation>Used by Alembic</translation>
    </message>
    <message>
        <source>Unicode support inside Qt</source>
        <translation>Unicode support inside Qt</translation>
    </message>
    <message>
        <source>SealDesk {version}</source>
        <translation>SealDesk {version}</translation>
    </message>
    <message>
        <source>Prepares a district office&apos;s self-assessment for the Gender Equality Seal, offline.</source>
        <translation>Prepares a district office&apos;s self-assessment for the Gender Equality Seal, offline.</translation>
    </message>
    <message>
        <source>Qt {qt}, Python {python}, {os}</source>
        <translation>Qt {qt}, Python {python}, {os}</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>Fonts</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Libraries</translation>
    </message>
    <message>
        <source>SIL Open Font Licence 1.1</source>
        <translation>SIL Open Font Licence 1.1</translation>
    </message>
    <message>
        <source>Sarabun, by the Sarabun Project Authors, under the SIL Open Font Licence 1.1 (full text below).</source>
        <translation>Sarabun, by the Sarabun Project Authors, under the SIL Open Font Licence 1.1 (full text below).</translation>
    </message>
    <message>
        <source>Qt and PySide6 are used under the GNU LGPL version 3: their libraries are separate files in the installation folder and may be replaced with compatible versions built from the source code above.</source>
        <translation>Qt and PySide6 are used under the GNU LGPL version 3: their libraries are separate files in the installation folder and may be replaced with compatible versions built from the source code above.</translation>
    </message>
    <message>
        <source>The full licence texts are in {folder}.</source>
        <translation>The full licence texts are in {folder}.</translation>
    </message>
    <message>
        <source>About SealDesk</source>
        <translation>About SealDesk</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>DejaVu Sans Mono, for fingerprints in printed documents, under the Bitstream Vera licence (full text below).</source>
        <translation>DejaVu Sans Mono, for fingerprints in printed documents, under the Bitstream Vera licence (full text below).</translation>
    </message>
    <message>
        <source>Spreadsheets of the city table</source>
        <translation>Spreadsheets of the city table</translation>
    </message>
    <message>
        <source>Safe reading of spreadsheet XML</source>
        <translation>Safe reading of spreadsheet XML</translation>
    </message>
    <message>
        <source>Encrypting personal data and backups (age format)</source>
        <translation>Encrypting personal data and backups (age format)</translation>
    </message>
</context>
<context>
    <name>BenchmarkPage</name>
    <message>
        <source>This narrative is unusually long ({count} characters). Reviewers read a page or two; printing and export will take longer.</source>
        <translation>This narrative is unusually long ({count} characters). Reviewers read a page or two; printing and export will take longer.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>What will be done:</source>
        <translation>What will be done:</translation>
    </message>
    <message>
        <source>Who is responsible:</source>
        <translation>Who is responsible:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Due:</translation>
    </message>
    <message>
        <source>Means of verification</source>
        <translation>Means of verification</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>&amp;Justification:</translation>
    </message>
    <message>
        <source>Why this benchmark does not apply to the district office</source>
        <translation>Why this benchmark does not apply to the district office</translation>
    </message>
    <message>
        <source>Mark &amp;not applicable</source>
        <translation>Mark &amp;not applicable</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Na&amp;rrative (saved automatically)</source>
        <translation>Na&amp;rrative (saved automatically)</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Narrative</translation>
    </message>
    <message>
        <source>Describe what the district office does for this benchmark.</source>
        <translation>Describe what the district office does for this benchmark.</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Add a&amp;ction...</source>
        <translation>Add a&amp;ction...</translation>
    </message>
    <message>
        <source>E&amp;dit...</source>
        <translation>E&amp;dit...</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Evidence linked to this benchmark</source>
        <translation>Evidence linked to this benchmark</translation>
    </message>
    <message>
        <source>Drag files here from the file manager.</source>
        <translation>Drag files here from the file manager.</translation>
    </message>
    <message>
        <source>Add f&amp;iles...</source>
        <translation>Add f&amp;iles...</translation>
    </message>
    <message>
        <source>Lin&amp;k a document from the library...</source>
        <translation>Lin&amp;k a document from the library...</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>&amp;Unlink</translation>
    </message>
    <message>
        <source>Mandatory for: {levels}</source>
        <translation>Mandatory for: {levels}</translation>
    </message>
    <message>
        <source>Not mandatory for any level</source>
        <translation>Not mandatory for any level</translation>
    </message>
    <message>
        <source>Write why this benchmark does not apply, then press “Mark not applicable”.</source>
        <translation>Write why this benchmark does not apply, then press “Mark not applicable”.</translation>
    </message>
    <message>
        <source>A justification is required for “Not applicable”.</source>
        <translation>A justification is required for “Not applicable”.</translation>
    </message>
    <message>
        <source>Why it is only partially met or not met, and what is planned (the assessors read it)</source>
        <translation>Why it is only partially met or not met, and what is planned (the assessors read it)</translation>
    </message>
</context>
<context>
    <name>Bundle</name>
    <message>
        <source>There is no signing key; create one first.</source>
        <translation>There is no signing key; create one first.</translation>
    </message>
    <message>
        <source>Benchmark {code} is marked met but has no evidence.</source>
        <translation>Benchmark {code} is marked met but has no evidence.</translation>
    </message>
    <message>
        <source>Benchmark {code} is marked not applicable without a justification.</source>
        <translation>Benchmark {code} is marked not applicable without a justification.</translation>
    </message>
    <message>
        <source>Evidence {name} is linked to no benchmark and is left out.</source>
        <translation>Evidence {name} is linked to no benchmark and is left out.</translation>
    </message>
    <message>
        <source>The stored file of evidence {name} is missing.</source>
        <translation>The stored file of evidence {name} is missing.</translation>
    </message>
    <message>
        <source>The stored file of evidence {name} is damaged (wrong size).</source>
        <translation>The stored file of evidence {name} is damaged (wrong size).</translation>
    </message>
    <message>
        <source>The stored file of evidence {name} cannot be read.</source>
        <translation>The stored file of evidence {name} cannot be read.</translation>
    </message>
    <message>
        <source>Evidence {name} is large ({mib} MiB).</source>
        <translation>Evidence {name} is large ({mib} MiB).</translation>
    </message>
    <message>
        <source>Evidence {name} expired on {date}.</source>
        <translation>Evidence {name} expired on {date}.</translation>
    </message>
    <message>
        <source>The catalog {edition} is a template, not the official edition.</source>
        <translation>The catalog {edition} is a template, not the official edition.</translation>
    </message>
    <message>
        <source>The stored file of evidence {name} cannot be read: {error}.</source>
        <translation>The stored file of evidence {name} cannot be read: {error}.</translation>
    </message>
    <message>
        <source>The stored file of evidence {name} is damaged (hash differs).</source>
        <translation>The stored file of evidence {name} is damaged (hash differs).</translation>
    </message>
    <message>
        <source>The stored file of evidence {name} has changed since it was added (its fingerprint no longer matches).</source>
        <translation>The stored file of evidence {name} has changed since it was added (its fingerprint no longer matches).</translation>
    </message>
    <message numerus="yes">
        <source>%n benchmarks are not started: {codes}.</source>
        <translation>
            <numerusform>%n benchmark is not started: {codes}.</numerusform>
            <numerusform>%n benchmarks are not started: {codes}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n benchmarks partially met or not met give no reason: {codes}.</source>
        <translation>
            <numerusform>%n benchmark partially met or not met gives no reason: {codes}.</numerusform>
            <numerusform>%n benchmarks partially met or not met give no reason: {codes}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n benchmarks mandatory for Bronze are not met: {codes}.</source>
        <translation>
            <numerusform>%n benchmark mandatory for Bronze is not met: {codes}.</numerusform>
            <numerusform>%n benchmarks mandatory for Bronze are not met: {codes}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n benchmarks mandatory for Silver are not met: {codes}.</source>
        <translation>
            <numerusform>%n benchmark mandatory for Silver is not met: {codes}.</numerusform>
            <numerusform>%n benchmarks mandatory for Silver are not met: {codes}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n benchmarks mandatory for Gold are not met: {codes}.</source>
        <translation>
            <numerusform>%n benchmark mandatory for Gold is not met: {codes}.</numerusform>
            <numerusform>%n benchmarks mandatory for Gold are not met: {codes}.</numerusform>
        </translation>
    </message>
    <message>
        <source>As it stands the round does not reach the level aimed at.</source>
        <translation>As it stands the round does not reach the level aimed at.</translation>
    </message>
    <message>
        <source>The stored file of protected evidence {ref} cannot be read.</source>
        <translation>The stored file of protected evidence {ref} cannot be read.</translation>
    </message>
    <message>
        <source>The stored file of protected evidence {ref} is damaged (hash differs).</source>
        <translation>The stored file of protected evidence {ref} is damaged (hash differs).</translation>
    </message>
    <message>
        <source>Evidence marked as personal data is sent encrypted, and no trusted office card names the people allowed to read it; add the office&apos;s current card first.</source>
        <translation>Evidence marked as personal data is sent encrypted, and no trusted office card names the people allowed to read it; add the office&apos;s current card first.</translation>
    </message>
    <message>
        <source>The catalog {edition} {version} is not signed by the coordinating office: use it for practice only; the office will mark this submission.</source>
        <translation>The catalog {edition} {version} is not signed by the coordinating office: use it for practice only; the office will mark this submission.</translation>
    </message>
</context>
<context>
    <name>Bundles</name>
    <message>
        <source>Create the signing key</source>
        <translation>Create the signing key</translation>
    </message>
    <message>
        <source>The signing key proves that a bundle comes from this district office. Choose a passphrase of at least {minimum} characters and keep it safe.</source>
        <translation>The signing key proves that a bundle comes from this district office. Choose a passphrase of at least {minimum} characters and keep it safe.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>The same &amp;again:</source>
        <translation>The same &amp;again:</translation>
    </message>
    <message>
        <source>Creating the key...</source>
        <translation>Creating the key...</translation>
    </message>
    <message>
        <source>Export the submission bundle</source>
        <translation>Export the submission bundle</translation>
    </message>
    <message>
        <source>Before exporting:</source>
        <translation>Before exporting:</translation>
    </message>
    <message>
        <source>Pre-flight checks</source>
        <translation>Pre-flight checks</translation>
    </message>
    <message>
        <source>Create the signing key...</source>
        <translation>Create the signing key...</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Choose...</translation>
    </message>
    <message>
        <source>Save the bundle as:</source>
        <translation>Save the bundle as:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Print the &amp;cover sheet...</source>
        <translation>Print the &amp;cover sheet...</translation>
    </message>
    <message>
        <source>Everything is ready.</source>
        <translation>Everything is ready.</translation>
    </message>
    <message>
        <source>Save the bundle as</source>
        <translation>Save the bundle as</translation>
    </message>
    <message>
        <source>Bundles (*.zip)</source>
        <translation>Bundles (*.zip)</translation>
    </message>
    <message>
        <source>Writing the bundle...</source>
        <translation>Writing the bundle...</translation>
    </message>
    <message>
        <source>Verify a bundle</source>
        <translation>Verify a bundle</translation>
    </message>
    <message>
        <source>Bundle:</source>
        <translation>Bundle:</translation>
    </message>
    <message>
        <source>This workspace&apos;s own keys</source>
        <translation>This workspace&apos;s own keys</translation>
    </message>
    <message>
        <source>Trusted public key (.pub) or folder:</source>
        <translation>Trusted public key (.pub) or folder:</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verify</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Bundle</translation>
    </message>
    <message>
        <source>Trusted public key</source>
        <translation>Trusted public key</translation>
    </message>
    <message>
        <source>Checking the bundle...</source>
        <translation>Checking the bundle...</translation>
    </message>
    <message>
        <source>✔ The bundle is intact and signed by a trusted key.
District office: {district}
Round: {round}
Signed by key {key} at {time}
{evidence} evidence documents
Fingerprint: {fp}</source>
        <translation>✔ The bundle is intact and signed by a trusted key.
District office: {district}
Round: {round}
Signed by key {key} at {time}
{evidence} evidence documents
Fingerprint: {fp}</translation>
    </message>
    <message>
        <source>The bundle {id} was written to {path}.
Print its cover sheet for the director to sign: it carries the whole fingerprint as text and as a QR code, so nothing needs copying by hand.
Short fingerprint, to read out on the phone: {short}
Whole fingerprint: {fp}</source>
        <translation>The bundle {id} was written to {path}.
Print its cover sheet for the director to sign: it carries the whole fingerprint as text and as a QR code, so nothing needs copying by hand.
Short fingerprint, to read out on the phone: {short}
Whole fingerprint: {fp}</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>Stopped; nothing half-done was kept.</source>
        <translation>Stopped; nothing half-done was kept.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; nothing was lost. Details were written to {log}.</source>
        <translation>Something unexpected went wrong; nothing was lost. Details were written to {log}.</translation>
    </message>
    <message>
        <source>Blockers (the bundle cannot be written):</source>
        <translation>Blockers (the bundle cannot be written):</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Warnings:</translation>
    </message>
    <message>
        <source>Passphrase of the signing key: </source>
        <translation>Passphrase of the signing key: </translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>The same passphrase again: </translation>
    </message>
    <message>
        <source>Warning: the key file {path} was left out: {reason}</source>
        <translation>Warning: the key file {path} was left out: {reason}</translation>
    </message>
    <message>
        <source>New passphrase for the signing key: </source>
        <translation>New passphrase for the signing key: </translation>
    </message>
    <message>
        <source>Created signing key {key_id}.</source>
        <translation>Created signing key {key_id}.</translation>
    </message>
    <message>
        <source>Fingerprint: {fingerprint}</source>
        <translation>Fingerprint: {fingerprint}</translation>
    </message>
    <message>
        <source>Keep the passphrase safe: without it no bundle can be signed.</source>
        <translation>Keep the passphrase safe: without it no bundle can be signed.</translation>
    </message>
    <message>
        <source>Signing key {key_id}, created {created}</source>
        <translation>Signing key {key_id}, created {created}</translation>
    </message>
    <message>
        <source>Earlier key {key_id}, retired {retired}</source>
        <translation>Earlier key {key_id}, retired {retired}</translation>
    </message>
    <message>
        <source>Wrote public key {key_id} to {path}.</source>
        <translation>Wrote public key {key_id} to {path}.</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>The passphrase was changed.</translation>
    </message>
    <message>
        <source>Wrote bundle {path} ({files} files, signed by key {key_id}).</source>
        <translation>Wrote bundle {path} ({files} files, signed by key {key_id}).</translation>
    </message>
    <message>
        <source>Bundle id: {bundle_id}</source>
        <translation>Bundle id: {bundle_id}</translation>
    </message>
    <message>
        <source>Bundle fingerprint (SHA-256): {fingerprint}</source>
        <translation>Bundle fingerprint (SHA-256): {fingerprint}</translation>
    </message>
    <message>
        <source>The bundle is intact and signed by a trusted key.</source>
        <translation>The bundle is intact and signed by a trusted key.</translation>
    </message>
    <message>
        <source>District: {code} {th} ({en})</source>
        <translation>District: {code} {th} ({en})</translation>
    </message>
    <message>
        <source>Round: {round}</source>
        <translation>Round: {round}</translation>
    </message>
    <message>
        <source>Catalog: {edition}</source>
        <translation>Catalog: {edition}</translation>
    </message>
    <message>
        <source>Signed by key {key_id} at {time}</source>
        <translation>Signed by key {key_id} at {time}</translation>
    </message>
    <message>
        <source>{files} files, {evidence} evidence documents</source>
        <translation>{files} files, {evidence} evidence documents</translation>
    </message>
    <message>
        <source>Note: the zip was re-packed after signing; its content is intact.</source>
        <translation>Note: the zip was re-packed after signing; its content is intact.</translation>
    </message>
    <message>
        <source>Created the workspace of {district} for round {round} in {path}.</source>
        <translation>Created the workspace of {district} for round {round} in {path}.</translation>
    </message>
    <message>
        <source>Round {round} started.</source>
        <translation>Round {round} started.</translation>
    </message>
    <message>
        <source>Catalog changed from {old} to {new}.</source>
        <translation>Catalog changed from {old} to {new}.</translation>
    </message>
    <message>
        <source>Kept {a} assessments and {l} evidence links.</source>
        <translation>Kept {a} assessments and {l} evidence links.</translation>
    </message>
    <message>
        <source>No longer in the catalog: the assessment of {code}.</source>
        <translation>No longer in the catalog: the assessment of {code}.</translation>
    </message>
    <message>
        <source>No longer in the catalog: evidence {sha} linked to {code}.</source>
        <translation>No longer in the catalog: evidence {sha} linked to {code}.</translation>
    </message>
    <message>
        <source>Already stored: {name} ({sha}), now used by {links}.</source>
        <translation>Already stored: {name} ({sha}), now used by {links}.</translation>
    </message>
    <message>
        <source>Added {name} ({sha}), used by {links}.</source>
        <translation>Added {name} ({sha}), used by {links}.</translation>
    </message>
    <message>
        <source>no benchmark yet</source>
        <translation>no benchmark yet</translation>
    </message>
    <message>
        <source>{name} now supports: {links}.</source>
        <translation>{name} now supports: {links}.</translation>
    </message>
    <message>
        <source>no benchmark</source>
        <translation>no benchmark</translation>
    </message>
    <message>
        <source>Overall: {percent:.1f} % of {applicable} applicable benchmarks.</source>
        <translation>Overall: {percent:.1f} % of {applicable} applicable benchmarks.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>Projected level: {level}.</source>
        <translation>Projected level: {level}.</translation>
    </message>
    <message>
        <source>For {level} ({threshold} %):</source>
        <translation>For {level} ({threshold} %):</translation>
    </message>
    <message>
        <source>mandatory, not met: {code} {title}</source>
        <translation>mandatory, not met: {code} {title}</translation>
    </message>
    <message>
        <source>and {n} more benchmarks met</source>
        <translation>and {n} more benchmarks met</translation>
    </message>
    <message>
        <source>Everything checked out: the database and every evidence file.</source>
        <translation>Everything checked out: the database and every evidence file.</translation>
    </message>
    <message>
        <source>Backup written to {file}.</source>
        <translation>Backup written to {file}.</translation>
    </message>
    <message>
        <source>Restored the workspace of {district} into {path}.</source>
        <translation>Restored the workspace of {district} into {path}.</translation>
    </message>
    <message>
        <source>the text has bytes that are not UTF-8; type it again as UTF-8 text</source>
        <translation>the text has bytes that are not UTF-8; type it again as UTF-8 text</translation>
    </message>
    <message>
        <source>the value contains control characters or line breaks</source>
        <translation>the value contains control characters or line breaks</translation>
    </message>
    <message>
        <source>the value is too long (at most {limit} characters)</source>
        <translation>the value is too long (at most {limit} characters)</translation>
    </message>
    <message>
        <source>expected a whole number from {low} to {high}</source>
        <translation>expected a whole number from {low} to {high}</translation>
    </message>
    <message>
        <source>expected a Buddhist-Era year from {low} to {high}, for example {example}</source>
        <translation>expected a Buddhist-Era year from {low} to {high}, for example {example}</translation>
    </message>
    <message>
        <source>expected a number of seconds from {low} to {high}</source>
        <translation>expected a number of seconds from {low} to {high}</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD, for example 2024-07-09</source>
        <translation>expected a date as YYYY-MM-DD, for example 2024-07-09</translation>
    </message>
    <message>
        <source>expected a file or folder name, not empty text</source>
        <translation>expected a file or folder name, not empty text</translation>
    </message>
    <message>
        <source>the name is too long for the file system ({reason})</source>
        <translation>the name is too long for the file system ({reason})</translation>
    </message>
    <message>
        <source>{path}: the home folder it names cannot be found</source>
        <translation>{path}: the home folder it names cannot be found</translation>
    </message>
    <message>
        <source>{path} is not a folder</source>
        <translation>{path} is not a folder</translation>
    </message>
    <message>
        <source>Already stored: {name} ({sha}).</source>
        <translation>Already stored: {name} ({sha}).</translation>
    </message>
    <message>
        <source>Imported {name} ({sha}); suggested benchmark {code}.</source>
        <translation>Imported {name} ({sha}); suggested benchmark {code}.</translation>
    </message>
    <message>
        <source>Imported {name} ({sha}).</source>
        <translation>Imported {name} ({sha}).</translation>
    </message>
    <message>
        <source>Could not import {name}: {reason} (moved to {folder})</source>
        <translation>Could not import {name}: {reason} (moved to {folder})</translation>
    </message>
    <message>
        <source>Still changing, left for next time: {name}</source>
        <translation>Still changing, left for next time: {name}</translation>
    </message>
    <message>
        <source>{imported} imported, {duplicates} already stored, {failed} failed.</source>
        <translation>{imported} imported, {duplicates} already stored, {failed} failed.</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>Press Ctrl+C to stop.</translation>
    </message>
    <message>
        <source>imported files will be deleted</source>
        <translation>imported files will be deleted</translation>
    </message>
    <message>
        <source>imported files will be moved to {folder}</source>
        <translation>imported files will be moved to {folder}</translation>
    </message>
    <message>
        <source>Inbox folder: {folder} ({after}).</source>
        <translation>Inbox folder: {folder} ({after}).</translation>
    </message>
    <message>
        <source>{sha}  {name}  (suggested: {code})</source>
        <translation>{sha}  {name}  (suggested: {code})</translation>
    </message>
    <message>
        <source>Nothing is waiting to be filed.</source>
        <translation>Nothing is waiting to be filed.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote {path} (%n pages).</source>
        <translation>
            <numerusform>Wrote {path} (%n page).</numerusform>
            <numerusform>Wrote {path} (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Projected level: not yet Bronze.</source>
        <translation>Projected level: not yet Bronze.</translation>
    </message>
    <message>
        <source>Ready to submit: nothing to fix or confirm.</source>
        <translation>Ready to submit: nothing to fix or confirm.</translation>
    </message>
    <message>
        <source>Created the workspace of the office {name} in {path}.</source>
        <translation>Created the workspace of the office {name} in {path}.</translation>
    </message>
    <message>
        <source>Enrolled key {key_id} for district {district}.</source>
        <translation>Enrolled key {key_id} for district {district}.</translation>
    </message>
    <message>
        <source>Is this the fingerprint on the district&apos;s signed sheet?</source>
        <translation>Is this the fingerprint on the district&apos;s signed sheet?</translation>
    </message>
    <message>
        <source>Is this the fingerprint the office gave you?</source>
        <translation>Is this the fingerprint the office gave you?</translation>
    </message>
    <message>
        <source>Key id: {key_id}</source>
        <translation>Key id: {key_id}</translation>
    </message>
    <message>
        <source>No district key is enrolled yet.</source>
        <translation>No district key is enrolled yet.</translation>
    </message>
    <message>
        <source>No office key is trusted yet.</source>
        <translation>No office key is trusted yet.</translation>
    </message>
    <message>
        <source>Nothing is in quarantine.</source>
        <translation>Nothing is in quarantine.</translation>
    </message>
    <message>
        <source>Office: {name}</source>
        <translation>Office: {name}</translation>
    </message>
    <message>
        <source>Revoked key {key_id} of district {district}.</source>
        <translation>Revoked key {key_id} of district {district}.</translation>
    </message>
    <message>
        <source>This district no longer trusts the office key {key_id}.</source>
        <translation>This district no longer trusts the office key {key_id}.</translation>
    </message>
    <message>
        <source>Trusted the office key {key_id}.</source>
        <translation>Trusted the office key {key_id}.</translation>
    </message>
    <message>
        <source>Wrote the office card to {path}.</source>
        <translation>Wrote the office card to {path}.</translation>
    </message>
    <message>
        <source>Wrote the trust list to {path}. Keys on it: {count}.</source>
        <translation>Wrote the trust list to {path}. Keys on it: {count}.</translation>
    </message>
    <message>
        <source>enrolled {date}</source>
        <translation>enrolled {date}</translation>
    </message>
    <message>
        <source>revoked {date}: {reason}</source>
        <translation>revoked {date}: {reason}</translation>
    </message>
    <message>
        <source>{office}: round {round}, {sent} of {total} districts sent a bundle.</source>
        <translation>{office}: round {round}, {sent} of {total} districts sent a bundle.</translation>
    </message>
    <message>
        <source>Restored the coordinating office&apos;s workspace into {path}.</source>
        <translation>Restored the coordinating office&apos;s workspace into {path}.</translation>
    </message>
    <message>
        <source>Wrote {path} ({rows} districts, round {round}).</source>
        <translation>Wrote {path} ({rows} districts, round {round}).</translation>
    </message>
    <message>
        <source>Discarded {name}: kept in {path}</source>
        <translation>Discarded {name}: kept in {path}</translation>
    </message>
    <message>
        <source>Filed {name} under {codes}.</source>
        <translation>Filed {name} under {codes}.</translation>
    </message>
    <message>
        <source>No scan has been discarded.</source>
        <translation>No scan has been discarded.</translation>
    </message>
    <message>
        <source>Restored {name}: it is waiting to be filed again.</source>
        <translation>Restored {name}: it is waiting to be filed again.</translation>
    </message>
    <message numerus="yes">
        <source>Backup written to {file}, but %n items listed above are damaged or missing and are not in it.</source>
        <translation>
            <numerusform>Backup written to {file}, but %n item listed above is damaged or missing and is not in it.</numerusform>
            <numerusform>Backup written to {file}, but %n items listed above are damaged or missing and are not in it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence files listed above could not be restored; &apos;sealdesk check&apos; will list them too.</source>
        <translation>
            <numerusform>%n evidence file listed above could not be restored; &apos;sealdesk check&apos; will list it too.</numerusform>
            <numerusform>%n evidence files listed above could not be restored; &apos;sealdesk check&apos; will list them too.</numerusform>
        </translation>
    </message>
    <message>
        <source>District {district}, benchmark {code}: {verdict}.</source>
        <translation>District {district}, benchmark {code}: {verdict}.</translation>
    </message>
    <message>
        <source>Reviewed {reviewed} of {total} benchmarks; state: {state}.</source>
        <translation>Reviewed {reviewed} of {total} benchmarks; state: {state}.</translation>
    </message>
    <message>
        <source>Returned the submission of district {district} with feedback: {path}</source>
        <translation>Returned the submission of district {district} with feedback: {path}</translation>
    </message>
    <message>
        <source>Accepted the submission of district {district}; feedback file: {path}</source>
        <translation>Accepted the submission of district {district}; feedback file: {path}</translation>
    </message>
    <message>
        <source>The submission of district {district} is final; feedback file: {path}</source>
        <translation>The submission of district {district} is final; feedback file: {path}</translation>
    </message>
    <message>
        <source>Send this file to the district.</source>
        <translation>Send this file to the district.</translation>
    </message>
    <message>
        <source>No bundle was received for this round yet.</source>
        <translation>No bundle was received for this round yet.</translation>
    </message>
    <message>
        <source>This feedback ({feedback_id}) was imported before; nothing changed.</source>
        <translation>This feedback ({feedback_id}) was imported before; nothing changed.</translation>
    </message>
    <message>
        <source>Imported the office&apos;s feedback {feedback_id}: {kind}, round {round}.</source>
        <translation>Imported the office&apos;s feedback {feedback_id}: {kind}, round {round}.</translation>
    </message>
    <message>
        <source>Feedback {feedback_id} from {office}: {kind}, round {round}, issued {date}.</source>
        <translation>Feedback {feedback_id} from {office}: {kind}, round {round}, issued {date}.</translation>
    </message>
    <message>
        <source>Required action: {action} (due {due})</source>
        <translation>Required action: {action} (due {due})</translation>
    </message>
    <message>
        <source>No feedback has been received yet.</source>
        <translation>No feedback has been received yet.</translation>
    </message>
    <message>
        <source>Still to answer: {codes}</source>
        <translation>Still to answer: {codes}</translation>
    </message>
    <message>
        <source>Delta bundle: {count} files City Hall holds were left out (fetch.txt).</source>
        <translation>Delta bundle: {count} files City Hall holds were left out (fetch.txt).</translation>
    </message>
    <message>
        <source>Written in {count} parts; send them all with the part list {path}.</source>
        <translation>Written in {count} parts; send them all with the part list {path}.</translation>
    </message>
    <message>
        <source>This receipt was imported before; nothing changed.</source>
        <translation>This receipt was imported before; nothing changed.</translation>
    </message>
    <message>
        <source>Imported the receipt for round {round}: City Hall holds {bundles} bundles and {files} evidence files of this district.</source>
        <translation>Imported the receipt for round {round}: City Hall holds {bundles} bundles and {files} evidence files of this district.</translation>
    </message>
    <message>
        <source>Wrote the receipt for district {district}, round {round} to {path}: {bundles} bundles, {files} evidence files.</source>
        <translation>Wrote the receipt for district {district}, round {round} to {path}: {bundles} bundles, {files} evidence files.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote {path}: catalog {edition} version {version}, %n benchmarks.</source>
        <translation>
            <numerusform>Wrote {path}: catalog {edition} version {version}, %n benchmark.</numerusform>
            <numerusform>Wrote {path}: catalog {edition} version {version}, %n benchmarks.</numerusform>
        </translation>
    </message>
    <message>
        <source>Added the reader {name}; recipient {recipient}.</source>
        <translation>Added the reader {name}; recipient {recipient}.</translation>
    </message>
    <message>
        <source>Decrypted to {path} ({size} bytes); the opening is in the access log.</source>
        <translation>Decrypted to {path} ({size} bytes); the opening is in the access log.</translation>
    </message>
    <message>
        <source>No protected file was opened yet.</source>
        <translation>No protected file was opened yet.</translation>
    </message>
    <message>
        <source>No reader of personal data yet.</source>
        <translation>No reader of personal data yet.</translation>
    </message>
    <message>
        <source>Passphrase of the reader: </source>
        <translation>Passphrase of the reader: </translation>
    </message>
    <message>
        <source>Removed the reader {name}; their key is wiped. Write the office card again.</source>
        <translation>Removed the reader {name}; their key is wiped. Write the office card again.</translation>
    </message>
    <message>
        <source>The office holds no protected evidence.</source>
        <translation>The office holds no protected evidence.</translation>
    </message>
    <message>
        <source>Write the office card again (sealdesk office card) and send it to the districts.</source>
        <translation>Write the office card again (sealdesk office card) and send it to the districts.</translation>
    </message>
    <message>
        <source>Wrote the erasure report to {path}.</source>
        <translation>Wrote the erasure report to {path}.</translation>
    </message>
    <message>
        <source>Wrote the reader&apos;s key, locked by their passphrase, to {path}.</source>
        <translation>Wrote the reader&apos;s key, locked by their passphrase, to {path}.</translation>
    </message>
    <message>
        <source>added {date}</source>
        <translation>added {date}</translation>
    </message>
    <message>
        <source>erased {date}</source>
        <translation>erased {date}</translation>
    </message>
    <message>
        <source>protected</source>
        <translation>protected</translation>
    </message>
    <message>
        <source>removed {date}</source>
        <translation>removed {date}</translation>
    </message>
    <message numerus="yes">
        <source>Protected evidence is kept %n years after it is received; now that means what was received before {date}.</source>
        <translation>
            <numerusform>Protected evidence is kept %n year after it is received; now that means what was received before {date}.</numerusform>
            <numerusform>Protected evidence is kept %n years after it is received; now that means what was received before {date}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erased %n protected files received before {date}.</source>
        <translation>
            <numerusform>Erased %n protected file received before {date}.</numerusform>
            <numerusform>Erased %n protected files received before {date}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erasure report written to {file}.</source>
        <translation>Erasure report written to {file}.</translation>
    </message>
    <message>
        <source>Evidence {id} is marked as containing personal data.</source>
        <translation>Evidence {id} is marked as containing personal data.</translation>
    </message>
    <message>
        <source>Evidence {id} is no longer marked as containing personal data.</source>
        <translation>Evidence {id} is no longer marked as containing personal data.</translation>
    </message>
    <message>
        <source>Passphrase of the backup: </source>
        <translation>Passphrase of the backup: </translation>
    </message>
    <message>
        <source>Passphrase to encrypt the backup with: </source>
        <translation>Passphrase to encrypt the backup with: </translation>
    </message>
    <message numerus="yes">
        <source>Erased %n documents marked as personal data, added before {before}.</source>
        <translation>
            <numerusform>Erased %n document marked as personal data, added before {before}.</numerusform>
            <numerusform>Erased %n documents marked as personal data, added before {before}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase %n documents marked as personal data, for good? They cannot be restored except from an earlier backup.</source>
        <translation>
            <numerusform>Erase %n document marked as personal data, for good? It cannot be restored except from an earlier backup.</numerusform>
            <numerusform>Erase %n documents marked as personal data, for good? They cannot be restored except from an earlier backup.</numerusform>
        </translation>
    </message>
    <message>
        <source>protected; no reader of this office can open it</source>
        <translation>protected; no reader of this office can open it</translation>
    </message>
    <message>
        <source>Catalog fingerprint (SHA-256): {fingerprint}</source>
        <translation>Catalog fingerprint (SHA-256): {fingerprint}</translation>
    </message>
    <message>
        <source>Published the catalog edition {edition} {version} to {path}.</source>
        <translation>Published the catalog edition {edition} {version} to {path}.</translation>
    </message>
    <message>
        <source>Signed by the office key {key_id}.</source>
        <translation>Signed by the office key {key_id}.</translation>
    </message>
    <message>
        <source>Signed by the trusted office key {key_id}.</source>
        <translation>Signed by the trusted office key {key_id}.</translation>
    </message>
    <message>
        <source>This catalog is not signed by the coordinating office: use it for practice only; pre-flight and the bundle will say so.</source>
        <translation>This catalog is not signed by the coordinating office: use it for practice only; pre-flight and the bundle will say so.</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation>Mandatory</translation>
    </message>
    <message>
        <source>Mandatory for: {levels}</source>
        <translation>Mandatory for: {levels}</translation>
    </message>
    <message>
        <source>Mandatory for the level aimed at</source>
        <translation>Mandatory for the level aimed at</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Scores by dimension</source>
        <translation>Scores by dimension</translation>
    </message>
    <message>
        <source>What is missing for the next level</source>
        <translation>What is missing for the next level</translation>
    </message>
    <message>
        <source>Projected level: not yet Bronze</source>
        <translation>Projected level: not yet Bronze</translation>
    </message>
    <message>
        <source>Projected level: {level}</source>
        <translation>Projected level: {level}</translation>
    </message>
    <message>
        <source>Overall {percent}% — {met} met, {partly} partially met, {na} not applicable, of {total} benchmarks</source>
        <translation>Overall {percent}% — {met} met, {partly} partially met, {na} not applicable, of {total} benchmarks</translation>
    </message>
    <message>
        <source>Gold is reached. Well done!</source>
        <translation>Gold is reached. Well done!</translation>
    </message>
    <message>
        <source>Missing for {level} ({threshold}%)</source>
        <translation>Missing for {level} ({threshold}%)</translation>
    </message>
    <message>
        <source>Mandatory benchmarks not yet met:</source>
        <translation>Mandatory benchmarks not yet met:</translation>
    </message>
    <message>
        <source>Nothing is missing.</source>
        <translation>Nothing is missing.</translation>
    </message>
    <message numerus="yes">
        <source>%n more benchmarks must be met, for example:</source>
        <translation>
            <numerusform>%n more benchmark must be met, for example:</numerusform>
            <numerusform>%n more benchmarks must be met, for example:</numerusform>
        </translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Overall</translation>
    </message>
    <message>
        <source>Overall score: grey, because no level is reached yet.</source>
        <translation>Overall score: grey, because no level is reached yet.</translation>
    </message>
    <message>
        <source>Overall score: in the colour of the projected level.</source>
        <translation>Overall score: in the colour of the projected level.</translation>
    </message>
    <message>
        <source>Dimension scores: one colour for all.</source>
        <translation>Dimension scores: one colour for all.</translation>
    </message>
    <message>
        <source>Dashed lines: the overall score each level needs. A level also needs every benchmark mandatory for it met, so a dimension past a line does not reach that level.</source>
        <translation>Dashed lines: the overall score each level needs. A level also needs every benchmark mandatory for it met, so a dimension past a line does not reach that level.</translation>
    </message>
    <message>
        <source>The office&apos;s view: {kind}, {date}</source>
        <translation>The office&apos;s view: {kind}, {date}</translation>
    </message>
    <message>
        <source>Where the office sees it differently from you:</source>
        <translation>Where the office sees it differently from you:</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <source>Your status</source>
        <translation>Your status</translation>
    </message>
    <message>
        <source>The office&apos;s verdict</source>
        <translation>The office&apos;s verdict</translation>
    </message>
    <message>
        <source>The office agrees with every status you gave.</source>
        <translation>The office agrees with every status you gave.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Has a date</source>
        <translation>Has a date</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>B.E. </source>
        <translation>B.E. </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Another SealDesk is writing to the workspace {path}; nothing was changed. Try again in a moment.</source>
        <translation>Another SealDesk is writing to the workspace {path}; nothing was changed. Try again in a moment.</translation>
    </message>
    <message>
        <source>The workspace {path} cannot be written (no permission, or a read-only disk); it can only be read. Nothing was changed.</source>
        <translation>The workspace {path} cannot be written (no permission, or a read-only disk); it can only be read. Nothing was changed.</translation>
    </message>
    <message>
        <source>The disk that holds the workspace {path} is full; nothing was changed. Free some space and try again.</source>
        <translation>The disk that holds the workspace {path} is full; nothing was changed. Free some space and try again.</translation>
    </message>
    <message>
        <source>The file {file} is empty; an empty file cannot be evidence.</source>
        <translation>The file {file} is empty; an empty file cannot be evidence.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read ({reason}).</source>
        <translation>The file {path} cannot be read ({reason}).</translation>
    </message>
    <message>
        <source>{path} is not an ordinary file (a folder, device or pipe).</source>
        <translation>{path} is not an ordinary file (a folder, device or pipe).</translation>
    </message>
    <message>
        <source>The file {path} is too large ({size} bytes; at most {limit}).</source>
        <translation>The file {path} is too large ({size} bytes; at most {limit}).</translation>
    </message>
    <message>
        <source>The file {path} is not UTF-8 text.</source>
        <translation>The file {path} is not UTF-8 text.</translation>
    </message>
    <message>
        <source>{path} is inside the workspace folder; choose a place outside it.</source>
        <translation>{path} is inside the workspace folder; choose a place outside it.</translation>
    </message>
    <message>
        <source>{path} cannot be written ({reason}).</source>
        <translation>{path} cannot be written ({reason}).</translation>
    </message>
    <message>
        <source>{path} is not an ordinary file (a folder, device or pipe); choose a file name.</source>
        <translation>{path} is not an ordinary file (a folder, device or pipe); choose a file name.</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name or allow replacing it (--overwrite).</source>
        <translation>{path} already exists; choose another name or allow replacing it (--overwrite).</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>The folder {folder} does not exist.</translation>
    </message>
    <message>
        <source>This workspace has no signing key yet; create one with &apos;sealdesk key create&apos;.</source>
        <translation>This workspace has no signing key yet; create one with &apos;sealdesk key create&apos;.</translation>
    </message>
    <message>
        <source>The passphrase is wrong; the signing key was not opened.</source>
        <translation>The passphrase is wrong; the signing key was not opened.</translation>
    </message>
    <message>
        <source>This workspace already has signing key {key_id}; use --replace to make a new one.</source>
        <translation>This workspace already has signing key {key_id}; use --replace to make a new one.</translation>
    </message>
    <message>
        <source>The key file {path} cannot be used: {detail}.</source>
        <translation>The key file {path} cannot be used: {detail}.</translation>
    </message>
    <message>
        <source>The passphrase must have at least {minimum} characters.</source>
        <translation>The passphrase must have at least {minimum} characters.</translation>
    </message>
    <message>
        <source>{source} is not a minisign public key: {detail}.</source>
        <translation>{source} is not a minisign public key: {detail}.</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>The export was cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>The bundle {path} could not be written: {detail}.</source>
        <translation>The bundle {path} could not be written: {detail}.</translation>
    </message>
    <message>
        <source>This file is not a SealDesk bundle: {detail}.</source>
        <translation>This file is not a SealDesk bundle: {detail}.</translation>
    </message>
    <message>
        <source>The bundle is not signed: {name} is missing.</source>
        <translation>The bundle is not signed: {name} is missing.</translation>
    </message>
    <message>
        <source>The bundle&apos;s signature is not valid: {detail}.</source>
        <translation>The bundle&apos;s signature is not valid: {detail}.</translation>
    </message>
    <message>
        <source>The bundle was signed by key {key_id}, which is not in the trust list.</source>
        <translation>The bundle was signed by key {key_id}, which is not in the trust list.</translation>
    </message>
    <message>
        <source>The tag file {name} was changed after signing.</source>
        <translation>The tag file {name} was changed after signing.</translation>
    </message>
    <message>
        <source>The file {name} was changed after signing.</source>
        <translation>The file {name} was changed after signing.</translation>
    </message>
    <message>
        <source>The file {name} listed in the manifest is missing.</source>
        <translation>The file {name} listed in the manifest is missing.</translation>
    </message>
    <message>
        <source>The file {name} was added after signing.</source>
        <translation>The file {name} was added after signing.</translation>
    </message>
    <message>
        <source>The bundle file was altered after it was written: {detail}.</source>
        <translation>The bundle file was altered after it was written: {detail}.</translation>
    </message>
    <message>
        <source>The verification was cancelled.</source>
        <translation>The verification was cancelled.</translation>
    </message>
    <message>
        <source>The archive contains a path that climbs out: {name}.</source>
        <translation>The archive contains a path that climbs out: {name}.</translation>
    </message>
    <message>
        <source>The archive contains an absolute or drive path: {name}.</source>
        <translation>The archive contains an absolute or drive path: {name}.</translation>
    </message>
    <message>
        <source>The archive contains a link or special file: {name}.</source>
        <translation>The archive contains a link or special file: {name}.</translation>
    </message>
    <message>
        <source>The archive contains two entries with the same name: {name} and {other}.</source>
        <translation>The archive contains two entries with the same name: {name} and {other}.</translation>
    </message>
    <message>
        <source>The archive has {count} entries, more than the limit of {limit}.</source>
        <translation>The archive has {count} entries, more than the limit of {limit}.</translation>
    </message>
    <message>
        <source>The archive unpacks to {size} bytes, more than the limit of {limit}.</source>
        <translation>The archive unpacks to {size} bytes, more than the limit of {limit}.</translation>
    </message>
    <message>
        <source>The entry {name} expands {ratio} times: the archive looks like a zip bomb.</source>
        <translation>The entry {name} expands {ratio} times: the archive looks like a zip bomb.</translation>
    </message>
    <message>
        <source>The archive is malformed: {detail}.</source>
        <translation>The archive is malformed: {detail}.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>The bundle {path} could not be written: the disk is full.</source>
        <translation>The bundle {path} could not be written: the disk is full.</translation>
    </message>
    <message>
        <source>The bundle {path} could not be written: no permission to write there.</source>
        <translation>The bundle {path} could not be written: no permission to write there.</translation>
    </message>
    <message>
        <source>The bundle {path} could not be written: the disk is read-only.</source>
        <translation>The bundle {path} could not be written: the disk is read-only.</translation>
    </message>
    <message>
        <source>The passphrase on standard input is longer than {limit} bytes.</source>
        <translation>The passphrase on standard input is longer than {limit} bytes.</translation>
    </message>
    <message>
        <source>The passphrase on standard input is not UTF-8 text.</source>
        <translation>The passphrase on standard input is not UTF-8 text.</translation>
    </message>
    <message>
        <source>There is no terminal to type the passphrase in; give it with --passphrase-file FILE.</source>
        <translation>There is no terminal to type the passphrase in; give it with --passphrase-file FILE.</translation>
    </message>
    <message>
        <source>Say whose bundles to trust with --trust KEY.pub or --trust FOLDER.</source>
        <translation>Say whose bundles to trust with --trust KEY.pub or --trust FOLDER.</translation>
    </message>
    <message>
        <source>There is no SealDesk workspace in {path}; create one with &apos;sealdesk init&apos;.</source>
        <translation>There is no SealDesk workspace in {path}; create one with &apos;sealdesk init&apos;.</translation>
    </message>
    <message>
        <source>The file {path} cannot be written ({reason}).</source>
        <translation>The file {path} cannot be written ({reason}).</translation>
    </message>
    <message>
        <source>The catalog {file}, line {line}: a key has more than {limit} parts.</source>
        <translation>The catalog {file}, line {line}: a key has more than {limit} parts.</translation>
    </message>
    <message>
        <source>The catalog {file}, line {line}: lists or tables are nested more than {limit} deep.</source>
        <translation>The catalog {file}, line {line}: lists or tables are nested more than {limit} deep.</translation>
    </message>
    <message>
        <source>The catalog {file}, line {line} ({where}): {what}.</source>
        <translation>The catalog {file}, line {line} ({where}): {what}.</translation>
    </message>
    <message>
        <source>The catalog {file}, at {where}: {what}.</source>
        <translation>The catalog {file}, at {where}: {what}.</translation>
    </message>
    <message>
        <source>The catalog {file}, line {line}: {what}.</source>
        <translation>The catalog {file}, line {line}: {what}.</translation>
    </message>
    <message>
        <source>The catalog {file} is not valid TOML: {what}.</source>
        <translation>The catalog {file} is not valid TOML: {what}.</translation>
    </message>
    <message>
        <source>The catalog file {file} is not UTF-8 text.</source>
        <translation>The catalog file {file} is not UTF-8 text.</translation>
    </message>
    <message>
        <source>{code} is not a Bangkok district code (1001 to 1050).</source>
        <translation>{code} is not a Bangkok district code (1001 to 1050).</translation>
    </message>
    <message>
        <source>The bundle file {path} cannot be read ({reason}).</source>
        <translation>The bundle file {path} cannot be read ({reason}).</translation>
    </message>
    <message>
        <source>The public key file {path} cannot be read ({reason}).</source>
        <translation>The public key file {path} cannot be read ({reason}).</translation>
    </message>
    <message>
        <source>The cover sheet needs the bundle file (--bundle).</source>
        <extracomment>The document kinds, as the CLI and the UI&apos;s Print menu name them.</extracomment>
        <translation>The cover sheet needs the bundle file (--bundle).</translation>
    </message>
    <message>
        <source>There is no document called {kind}; choose one of {kinds}.</source>
        <translation>There is no document called {kind}; choose one of {kinds}.</translation>
    </message>
    <message>
        <source>The backup {file} could not be written ({reason}).</source>
        <translation>The backup {file} could not be written ({reason}).</translation>
    </message>
    <message>
        <source>{file} is not a usable SealDesk backup: {why}.</source>
        <translation>{file} is not a usable SealDesk backup: {why}.</translation>
    </message>
    <message>
        <source>it is not a zip file, or the zip is damaged</source>
        <translation>it is not a zip file, or the zip is damaged</translation>
    </message>
    <message>
        <source>The backup could not be restored into {path} ({reason}).</source>
        <translation>The backup could not be restored into {path} ({reason}).</translation>
    </message>
    <message>
        <source>Restore needs an empty folder; {path} already has files in it.</source>
        <translation>Restore needs an empty folder; {path} already has files in it.</translation>
    </message>
    <message>
        <source>it has {count} entries, more than the limit of {limit}</source>
        <translation>it has {count} entries, more than the limit of {limit}</translation>
    </message>
    <message>
        <source>it holds an unexpected entry {name}</source>
        <translation>it holds an unexpected entry {name}</translation>
    </message>
    <message>
        <source>the entry {name} appears twice</source>
        <translation>the entry {name} appears twice</translation>
    </message>
    <message>
        <source>the entry {name} is too large or too many</source>
        <translation>the entry {name} is too large or too many</translation>
    </message>
    <message>
        <source>it unpacks to more than {limit} bytes, the most allowed</source>
        <translation>it unpacks to more than {limit} bytes, the most allowed</translation>
    </message>
    <message>
        <source>the manifest or the database is missing</source>
        <translation>the manifest or the database is missing</translation>
    </message>
    <message>
        <source>the entry {name} is malformed</source>
        <translation>the entry {name} is malformed</translation>
    </message>
    <message>
        <source>the entry {name} is a link or a special file</source>
        <translation>the entry {name} is a link or a special file</translation>
    </message>
    <message>
        <source>the entry {name} is encrypted</source>
        <translation>the entry {name} is encrypted</translation>
    </message>
    <message>
        <source>the entry {name} uses an unknown compression</source>
        <translation>the entry {name} uses an unknown compression</translation>
    </message>
    <message>
        <source>the entry {name} expands like a zip bomb</source>
        <translation>the entry {name} expands like a zip bomb</translation>
    </message>
    <message>
        <source>its manifest is not a SealDesk backup manifest</source>
        <translation>its manifest is not a SealDesk backup manifest</translation>
    </message>
    <message>
        <source>it was made by a newer SealDesk (format {version})</source>
        <translation>it was made by a newer SealDesk (format {version})</translation>
    </message>
    <message>
        <source>There is not enough free space in {path} to restore the backup ({needed} bytes needed, {free} free).</source>
        <translation>There is not enough free space in {path} to restore the backup ({needed} bytes needed, {free} free).</translation>
    </message>
    <message>
        <source>the entry {name} is damaged</source>
        <translation>the entry {name} is damaged</translation>
    </message>
    <message>
        <source>evidence file {sha} in it is damaged (--partial restores everything else)</source>
        <translation>evidence file {sha} in it is damaged (--partial restores everything else)</translation>
    </message>
    <message>
        <source>it was made by a newer SealDesk</source>
        <translation>it was made by a newer SealDesk</translation>
    </message>
    <message>
        <source>its database is damaged and cannot be opened</source>
        <translation>its database is damaged and cannot be opened</translation>
    </message>
    <message>
        <source>There is already a workspace in {path}; open it instead.</source>
        <translation>There is already a workspace in {path}; open it instead.</translation>
    </message>
    <message>
        <source>The folder {path} cannot be created ({reason}).</source>
        <translation>The folder {path} cannot be created ({reason}).</translation>
    </message>
    <message>
        <source>The workspace in {path} is incomplete.</source>
        <translation>The workspace in {path} is incomplete.</translation>
    </message>
    <message>
        <source>This workspace has no round {round}.</source>
        <translation>This workspace has no round {round}.</translation>
    </message>
    <message>
        <source>There is no benchmark {code} in the catalog of round {round}.</source>
        <translation>There is no benchmark {code} in the catalog of round {round}.</translation>
    </message>
    <message>
        <source>Round {round} already exists.</source>
        <translation>Round {round} already exists.</translation>
    </message>
    <message>
        <source>{status} is not a status; use not_started, met, partially_met, not_met or not_applicable.</source>
        <translation>{status} is not a status; use not_started, met, partially_met, not_met or not_applicable.</translation>
    </message>
    <message>
        <source>Benchmark {code} can be marked not applicable only with a justification.</source>
        <translation>Benchmark {code} can be marked not applicable only with a justification.</translation>
    </message>
    <message>
        <source>An action needs a description.</source>
        <translation>An action needs a description.</translation>
    </message>
    <message>
        <source>There is no action {id}.</source>
        <translation>There is no action {id}.</translation>
    </message>
    <message>
        <source>{file} is a folder, not a file.</source>
        <translation>{file} is a folder, not a file.</translation>
    </message>
    <message>
        <source>{name} is not linked to benchmark {code} in round {round}.</source>
        <translation>{name} is not linked to benchmark {code} in round {round}.</translation>
    </message>
    <message>
        <source>{name} is still linked to benchmarks ({count}); unlink it first.</source>
        <translation>{name} is still linked to benchmarks ({count}); unlink it first.</translation>
    </message>
    <message>
        <source>There is no evidence document {id}.</source>
        <translation>There is no evidence document {id}.</translation>
    </message>
    <message>
        <source>Give at least the first 4 hexadecimal digits of the SHA-256.</source>
        <translation>Give at least the first 4 hexadecimal digits of the SHA-256.</translation>
    </message>
    <message>
        <source>No evidence document has a hash starting {p}.</source>
        <translation>No evidence document has a hash starting {p}.</translation>
    </message>
    <message>
        <source>More than one document&apos;s hash starts {p}; give more digits.</source>
        <translation>More than one document&apos;s hash starts {p}; give more digits.</translation>
    </message>
    <message>
        <source>{round} is not a Buddhist-Era year (for example {example}).</source>
        <translation>{round} is not a Buddhist-Era year (for example {example}).</translation>
    </message>
    <message>
        <source>{date} has a Buddhist-Era year; type the Gregorian (Common Era) year instead, for example {example}.</source>
        <translation>{date} has a Buddhist-Era year; type the Gregorian (Common Era) year instead, for example {example}.</translation>
    </message>
    <message>
        <source>{date} is not a plausible date: the year must be from {first} to {last}.</source>
        <translation>{date} is not a plausible date: the year must be from {first} to {last}.</translation>
    </message>
    <message>
        <source>The file {file} no longer exists.</source>
        <translation>The file {file} no longer exists.</translation>
    </message>
    <message>
        <source>The disk is full: {file} was not added. Free some space and try again.</source>
        <translation>The disk is full: {file} was not added. Free some space and try again.</translation>
    </message>
    <message>
        <source>The file {file} could not be read whole ({reason}).</source>
        <translation>The file {file} could not be read whole ({reason}).</translation>
    </message>
    <message>
        <source>The workspace database {file} is damaged or is not a SealDesk file.</source>
        <translation>The workspace database {file} is damaged or is not a SealDesk file.</translation>
    </message>
    <message>
        <source>This workspace was written by a newer SealDesk; please install the newer version to open it (nothing was changed).</source>
        <translation>This workspace was written by a newer SealDesk; please install the newer version to open it (nothing was changed).</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Your saved work is safe; try again.</source>
        <translation>Something unexpected went wrong. Your saved work is safe; try again.</translation>
    </message>
    <message>
        <source>SealDesk</source>
        <translation>SealDesk</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Your saved work is safe. The details were written to {path}; please send that file to your IT support.</source>
        <translation>Something unexpected went wrong. Your saved work is safe. The details were written to {path}; please send that file to your IT support.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be made ({reason}).</source>
        <translation>The folder {folder} cannot be made ({reason}).</translation>
    </message>
    <message>
        <source>The bundle was not written: read the warnings above, then confirm with --yes.</source>
        <translation>The bundle was not written: read the warnings above, then confirm with --yes.</translation>
    </message>
    <message>
        <source>Benchmark {code} has {count} means of verification, numbered from 1.</source>
        <translation>Benchmark {code} has {count} means of verification, numbered from 1.</translation>
    </message>
    <message>
        <source>Evidence {id} is not linked to benchmark {code} in round {round}.</source>
        <translation>Evidence {id} is not linked to benchmark {code} in round {round}.</translation>
    </message>
    <message>
        <source>Another SealDesk is receiving bundles into this office workspace; try again in a moment.</source>
        <translation>Another SealDesk is receiving bundles into this office workspace; try again in a moment.</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the paper, then confirm with --yes.</source>
        <translation>Compare the fingerprint with the paper, then confirm with --yes.</translation>
    </message>
    <message>
        <source>District {district} already has two keys; revoke the old one first.</source>
        <translation>District {district} already has two keys; revoke the old one first.</translation>
    </message>
    <message>
        <source>Give either a key file or --from-text TEXT, not both.</source>
        <translation>Give either a key file or --from-text TEXT, not both.</translation>
    </message>
    <message>
        <source>Give the office a name.</source>
        <translation>Give the office a name.</translation>
    </message>
    <message>
        <source>No office key {key_id} is trusted here.</source>
        <translation>No office key {key_id} is trusted here.</translation>
    </message>
    <message>
        <source>Not confirmed; nothing was changed.</source>
        <translation>Not confirmed; nothing was changed.</translation>
    </message>
    <message>
        <source>Say why the key is revoked.</source>
        <translation>Say why the key is revoked.</translation>
    </message>
    <message>
        <source>The key {key_id} is already on the trust list, for {district}.</source>
        <translation>The key {key_id} is already on the trust list, for {district}.</translation>
    </message>
    <message>
        <source>The key {key_id} was already revoked.</source>
        <translation>The key {key_id} was already revoked.</translation>
    </message>
    <message>
        <source>The office holds no file with the fingerprint {sha256}.</source>
        <translation>The office holds no file with the fingerprint {sha256}.</translation>
    </message>
    <message>
        <source>The office key {key_id} is already trusted.</source>
        <translation>The office key {key_id} is already trusted.</translation>
    </message>
    <message>
        <source>There is no key {key_id} on the trust list.</source>
        <translation>There is no key {key_id} on the trust list.</translation>
    </message>
    <message>
        <source>There is no quarantined file {id}.</source>
        <translation>There is no quarantined file {id}.</translation>
    </message>
    <message>
        <source>This command is for a district office; this workspace belongs to the coordinating office.</source>
        <translation>This command is for a district office; this workspace belongs to the coordinating office.</translation>
    </message>
    <message>
        <source>This command is for the coordinating office; this workspace belongs to a district office.</source>
        <translation>This command is for the coordinating office; this workspace belongs to a district office.</translation>
    </message>
    <message>
        <source>This is a key&apos;s fingerprint, which confirms a key but cannot enrol it; give the public key line printed on the sheet, or the key file.</source>
        <translation>This is a key&apos;s fingerprint, which confirms a key but cannot enrol it; give the public key line printed on the sheet, or the key file.</translation>
    </message>
    <message>
        <source>The office holds no bundle {bundle_id}.</source>
        <translation>The office holds no bundle {bundle_id}.</translation>
    </message>
    <message>
        <source>The stored bundle {bundle_id} is damaged; run &apos;sealdesk check&apos;.</source>
        <translation>The stored bundle {bundle_id} is damaged; run &apos;sealdesk check&apos;.</translation>
    </message>
    <message>
        <source>{name} must end in .csv or .xlsx: the export's format follows the name.</source>
        <translation>{name} must end in .csv or .xlsx: the export's format follows the name.</translation>
    </message>
    <message>
        <source>Choose at least one benchmark to file under.</source>
        <translation>Choose at least one benchmark to file under.</translation>
    </message>
    <message>
        <source>There is no discarded scan called {name} in {folder}.</source>
        <translation>There is no discarded scan called {name} in {folder}.</translation>
    </message>
    <message>
        <source>{name} did not come through the scanner inbox.</source>
        <translation>{name} did not come through the scanner inbox.</translation>
    </message>
    <message>
        <source>The bundle says it is from district {district}, but key {key_id} belongs to district {key_district} on the trust list.</source>
        <translation>The bundle says it is from district {district}, but key {key_id} belongs to district {key_district} on the trust list.</translation>
    </message>
    <message>
        <source>The bundle was not written: fix the problems listed first ({count} found).</source>
        <translation>The bundle was not written: fix the problems listed first ({count} found).</translation>
    </message>
    <message>
        <source>{file} is signed by key {key_id}, which this district does not trust; trust the office&apos;s key first (&apos;sealdesk trust add&apos;).</source>
        <translation>{file} is signed by key {key_id}, which this district does not trust; trust the office&apos;s key first (&apos;sealdesk trust add&apos;).</translation>
    </message>
    <message>
        <source>{file} was changed after the office signed it; ask the office to send it again.</source>
        <translation>{file} was changed after the office signed it; ask the office to send it again.</translation>
    </message>
    <message>
        <source>{file} is damaged or is not a SealDesk feedback file.</source>
        <translation>{file} is damaged or is not a SealDesk feedback file.</translation>
    </message>
    <message>
        <source>{file} is feedback for district {district}, not for this district ({own}).</source>
        <translation>{file} is feedback for district {district}, not for this district ({own}).</translation>
    </message>
    <message>
        <source>{file} reviews bundle {bundle_id}, which this workspace never exported.</source>
        <translation>{file} reviews bundle {bundle_id}, which this workspace never exported.</translation>
    </message>
    <message>
        <source>No feedback {feedback_id} was received here.</source>
        <translation>No feedback {feedback_id} was received here.</translation>
    </message>
    <message>
        <source>The office asked for no action on benchmark {code} in this feedback.</source>
        <translation>The office asked for no action on benchmark {code} in this feedback.</translation>
    </message>
    <message>
        <source>The office&apos;s action on benchmark {code} is already in the action plan.</source>
        <translation>The office&apos;s action on benchmark {code} is already in the action plan.</translation>
    </message>
    <message>
        <source>The office has received no bundle from district {district} for round {round}.</source>
        <translation>The office has received no bundle from district {district} for round {round}.</translation>
    </message>
    <message>
        <source>Say why in a comment: every verdict other than &quot;meets&quot; needs one.</source>
        <translation>Say why in a comment: every verdict other than &quot;meets&quot; needs one.</translation>
    </message>
    <message>
        <source>A due date goes with a required action; give the action.</source>
        <translation>A due date goes with a required action; give the action.</translation>
    </message>
    <message>
        <source>A comment or an action may have at most {limit} characters.</source>
        <translation>A comment or an action may have at most {limit} characters.</translation>
    </message>
    <message>
        <source>There is no verdict {verdict}; use meets, partly_meets, does_not_meet, evidence_insufficient, na_agreed or not_reviewed.</source>
        <translation>There is no verdict {verdict}; use meets, partly_meets, does_not_meet, evidence_insufficient, na_agreed or not_reviewed.</translation>
    </message>
    <message>
        <source>The submission of district {district} has no benchmark {code}.</source>
        <translation>The submission of district {district} has no benchmark {code}.</translation>
    </message>
    <message>
        <source>The submission of district {district} for round {round} is final; it takes no more verdicts.</source>
        <translation>The submission of district {district} for round {round} is final; it takes no more verdicts.</translation>
    </message>
    <message>
        <source>Accept the submission of district {district} before making it final.</source>
        <translation>Accept the submission of district {district} before making it final.</translation>
    </message>
    <message>
        <source>The submission of district {district} is already accepted; give a verdict to reopen its review first.</source>
        <translation>The submission of district {district} is already accepted; give a verdict to reopen its review first.</translation>
    </message>
    <message>
        <source>Nothing to return: no benchmark of district {district} has a verdict or a required action for the district to answer.</source>
        <translation>Nothing to return: no benchmark of district {district} has a verdict or a required action for the district to answer.</translation>
    </message>
    <message>
        <source>Give every benchmark a verdict before accepting; still without one: {codes}.</source>
        <translation>Give every benchmark a verdict before accepting; still without one: {codes}.</translation>
    </message>
    <message>
        <source>This is a delta bundle, and these files it leaves out are not held here: {names}.</source>
        <translation>This is a delta bundle, and these files it leaves out are not held here: {names}.</translation>
    </message>
    <message>
        <source>{value} is not a size: give it as, for example, 20MB or 1GB.</source>
        <translation>{value} is not a size: give it as, for example, 20MB or 1GB.</translation>
    </message>
    <message>
        <source>A part must hold at least {limit} bytes.</source>
        <translation>A part must hold at least {limit} bytes.</translation>
    </message>
    <message>
        <source>With parts of that size the bundle would need {count} parts; at most {limit} are possible. Choose larger parts.</source>
        <translation>With parts of that size the bundle would need {count} parts; at most {limit} are possible. Choose larger parts.</translation>
    </message>
    <message>
        <source>No bundle of district {district} for that round has been received.</source>
        <translation>No bundle of district {district} for that round has been received.</translation>
    </message>
    <message>
        <source>The file {file} is not a valid receipt from City Hall: it was changed after it was signed, or it is damaged.</source>
        <translation>The file {file} is not a valid receipt from City Hall: it was changed after it was signed, or it is damaged.</translation>
    </message>
    <message>
        <source>The receipt {file} is signed by office key {key_id}, which this district does not trust.</source>
        <translation>The receipt {file} is signed by office key {key_id}, which this district does not trust.</translation>
    </message>
    <message>
        <source>The receipt {file} was made for district {district}, not for this district ({own}).</source>
        <translation>The receipt {file} was made for district {district}, not for this district ({own}).</translation>
    </message>
    <message>
        <source>No receipt from City Hall has been imported for round {round}, so a delta bundle cannot be made: import the office's receipt first (sealdesk receipt import FILE), or export a full bundle.</source>
        <translation>No receipt from City Hall has been imported for round {round}, so a delta bundle cannot be made: import the office's receipt first (sealdesk receipt import FILE), or export a full bundle.</translation>
    </message>
    <message>
        <source>Workbook {file} has no sheet named {sheet}: a catalog workbook needs the sheets catalog and benchmarks.</source>
        <translation>Workbook {file} has no sheet named {sheet}: a catalog workbook needs the sheets catalog and benchmarks.</translation>
    </message>
    <message>
        <source>Workbook {file}, sheet {sheet}, row {row}, column {column}: a benchmark mandatory for a lower level must be mandatory for this level too.</source>
        <translation>Workbook {file}, sheet {sheet}, row {row}, column {column}: a benchmark mandatory for a lower level must be mandatory for this level too.</translation>
    </message>
    <message>
        <source>Workbook {file}, sheet {sheet}, row {row}, column {column}: a benchmark needs at least one means of verification (one a line).</source>
        <translation>Workbook {file}, sheet {sheet}, row {row}, column {column}: a benchmark needs at least one means of verification (one a line).</translation>
    </message>
    <message>
        <source>Workbook {file}, sheet {sheet}, row {row}, column {column}: benchmark {code} must come below a standard row.</source>
        <translation>Workbook {file}, sheet {sheet}, row {row}, column {column}: benchmark {code} must come below a standard row.</translation>
    </message>
    <message>
        <source>Workbook {file}, sheet {sheet}, row {row}, column {column}: only benchmark rows have means of verification.</source>
        <translation>Workbook {file}, sheet {sheet}, row {row}, column {column}: only benchmark rows have means of verification.</translation>
    </message>
    <message>
        <source>Workbook {file}, sheet {sheet}, row {row}, column {column}: only benchmarks are mandatory for a level; leave this empty.</source>
        <translation>Workbook {file}, sheet {sheet}, row {row}, column {column}: only benchmarks are mandatory for a level; leave this empty.</translation>
    </message>
    <message>
        <source>Workbook {file}, sheet {sheet}, row {row}, column {column}: standard {code} must come below a dimension row.</source>
        <translation>Workbook {file}, sheet {sheet}, row {row}, column {column}: standard {code} must come below a dimension row.</translation>
    </message>
    <message>
        <source>Workbook {file}, sheet {sheet}, row {row}, column {column}: the English title is missing.</source>
        <translation>Workbook {file}, sheet {sheet}, row {row}, column {column}: the English title is missing.</translation>
    </message>
    <message>
        <source>Workbook {file}, sheet {sheet}, row {row}, column {column}: the Thai title is missing.</source>
        <translation>Workbook {file}, sheet {sheet}, row {row}, column {column}: the Thai title is missing.</translation>
    </message>
    <message>
        <source>Workbook {file}, sheet {sheet}, row {row}, column {column}: the benchmark's English description is missing.</source>
        <translation>Workbook {file}, sheet {sheet}, row {row}, column {column}: the benchmark's English description is missing.</translation>
    </message>
    <message>
        <source>Workbook {file}, sheet {sheet}, row {row}, column {column}: the benchmark's Thai description is missing.</source>
        <translation>Workbook {file}, sheet {sheet}, row {row}, column {column}: the benchmark's Thai description is missing.</translation>
    </message>
    <message>
        <source>Workbook {file}, sheet {sheet}, row {row}, column {column}: the code is missing.</source>
        <translation>Workbook {file}, sheet {sheet}, row {row}, column {column}: the code is missing.</translation>
    </message>
    <message>
        <source>Workbook {file}, sheet {sheet}, row {row}, column {column}: the code {code} does not fit under dimension {parent} above it.</source>
        <translation>Workbook {file}, sheet {sheet}, row {row}, column {column}: the code {code} does not fit under dimension {parent} above it.</translation>
    </message>
    <message>
        <source>Workbook {file}, sheet {sheet}, row {row}, column {column}: the code {code} does not fit under standard {parent} above it.</source>
        <translation>Workbook {file}, sheet {sheet}, row {row}, column {column}: the code {code} does not fit under standard {parent} above it.</translation>
    </message>
    <message>
        <source>Workbook {file}, sheet {sheet}, row {row}, column {column}: the code {code} is already used in row {other}.</source>
        <translation>Workbook {file}, sheet {sheet}, row {row}, column {column}: the code {code} is already used in row {other}.</translation>
    </message>
    <message>
        <source>Workbook {file}, sheet {sheet}, row {row}, column {column}: the column name {name} appears twice.</source>
        <translation>Workbook {file}, sheet {sheet}, row {row}, column {column}: the column name {name} appears twice.</translation>
    </message>
    <message>
        <source>Workbook {file}, sheet {sheet}, row {row}, column {column}: the kind of row is missing; write dimension, standard or benchmark.</source>
        <translation>Workbook {file}, sheet {sheet}, row {row}, column {column}: the kind of row is missing; write dimension, standard or benchmark.</translation>
    </message>
    <message>
        <source>Workbook {file}, sheet {sheet}, row {row}, column {column}: this is empty while {other} is filled in.</source>
        <translation>Workbook {file}, sheet {sheet}, row {row}, column {column}: this is empty while {other} is filled in.</translation>
    </message>
    <message>
        <source>Workbook {file}, sheet {sheet}, row {row}, column {column}: {value} is not a code; write digits separated by dots, such as 1.2.1.</source>
        <translation>Workbook {file}, sheet {sheet}, row {row}, column {column}: {value} is not a code; write digits separated by dots, such as 1.2.1.</translation>
    </message>
    <message>
        <source>Workbook {file}, sheet {sheet}, row {row}, column {column}: {value} is not a kind of row; write dimension, standard or benchmark.</source>
        <translation>Workbook {file}, sheet {sheet}, row {row}, column {column}: {value} is not a kind of row; write dimension, standard or benchmark.</translation>
    </message>
    <message>
        <source>Workbook {file}, sheet {sheet}, row {row}, column {column}: {value} is not yes or no.</source>
        <translation>Workbook {file}, sheet {sheet}, row {row}, column {column}: {value} is not yes or no.</translation>
    </message>
    <message>
        <source>Workbook {file}, sheet {sheet}, row {row}: dimension {code} has no standard.</source>
        <translation>Workbook {file}, sheet {sheet}, row {row}: dimension {code} has no standard.</translation>
    </message>
    <message>
        <source>Workbook {file}, sheet {sheet}, row {row}: standard {code} has no benchmark.</source>
        <translation>Workbook {file}, sheet {sheet}, row {row}: standard {code} has no benchmark.</translation>
    </message>
    <message>
        <source>Workbook {file}, sheet {sheet}, row {row}: the Thai and English means of verification must have the same number of lines (one means of verification a line).</source>
        <translation>Workbook {file}, sheet {sheet}, row {row}: the Thai and English means of verification must have the same number of lines (one means of verification a line).</translation>
    </message>
    <message>
        <source>Workbook {file}, sheet {sheet}, row {row}: the field {field} appears twice.</source>
        <translation>Workbook {file}, sheet {sheet}, row {row}: the field {field} appears twice.</translation>
    </message>
    <message>
        <source>Workbook {file}, sheet {sheet}, row {row}: the status must be template or official, not {value}.</source>
        <translation>Workbook {file}, sheet {sheet}, row {row}: the status must be template or official, not {value}.</translation>
    </message>
    <message>
        <source>Workbook {file}, sheet {sheet}, row {row}: {field} must be a whole percentage from 1 to 100, not {value}.</source>
        <translation>Workbook {file}, sheet {sheet}, row {row}: {field} must be a whole percentage from 1 to 100, not {value}.</translation>
    </message>
    <message>
        <source>Workbook {file}, sheet {sheet}, row {row}: {value} is not a date; write it as 2024-10-01.</source>
        <translation>Workbook {file}, sheet {sheet}, row {row}: {value} is not a date; write it as 2024-10-01.</translation>
    </message>
    <message>
        <source>Workbook {file}, sheet {sheet}: more than {limit} rows, far more than a catalog needs; delete the rows below the catalog.</source>
        <translation>Workbook {file}, sheet {sheet}: more than {limit} rows, far more than a catalog needs; delete the rows below the catalog.</translation>
    </message>
    <message>
        <source>Workbook {file}, sheet {sheet}: row 1 has no column named {name}.</source>
        <translation>Workbook {file}, sheet {sheet}: row 1 has no column named {name}.</translation>
    </message>
    <message>
        <source>Workbook {file}, sheet {sheet}: the field {field} is empty while {other} is filled in.</source>
        <translation>Workbook {file}, sheet {sheet}: the field {field} is empty while {other} is filled in.</translation>
    </message>
    <message>
        <source>Workbook {file}, sheet {sheet}: the field {field} is missing or empty.</source>
        <translation>Workbook {file}, sheet {sheet}: the field {field} is missing or empty.</translation>
    </message>
    <message>
        <source>Workbook {file}, sheet {sheet}: the thresholds must not fall from Bronze to Silver to Gold.</source>
        <translation>Workbook {file}, sheet {sheet}: the thresholds must not fall from Bronze to Silver to Gold.</translation>
    </message>
    <message>
        <source>Workbook {file}, sheet {sheet}: there is no dimension row.</source>
        <translation>Workbook {file}, sheet {sheet}: there is no dimension row.</translation>
    </message>
    <message>
        <source>{file} contains an XML document type declaration (part {part}), which workbooks never need; it is refused as a possible XML bomb.</source>
        <translation>{file} contains an XML document type declaration (part {part}), which workbooks never need; it is refused as a possible XML bomb.</translation>
    </message>
    <message>
        <source>{file} has more parts than a workbook needs (over {limit}); it is refused.</source>
        <translation>{file} has more parts than a workbook needs (over {limit}); it is refused.</translation>
    </message>
    <message>
        <source>{file} is a zip file but not an Excel workbook (.xlsx): it has no workbook part.</source>
        <translation>{file} is a zip file but not an Excel workbook (.xlsx): it has no workbook part.</translation>
    </message>
    <message>
        <source>{file} is an old-style .xls workbook or is protected with a password: save it as an Excel workbook (.xlsx) without a password.</source>
        <translation>{file} is an old-style .xls workbook or is protected with a password: save it as an Excel workbook (.xlsx) without a password.</translation>
    </message>
    <message>
        <source>{file} is damaged or is not a workbook SealDesk can read.</source>
        <translation>{file} is damaged or is not a workbook SealDesk can read.</translation>
    </message>
    <message>
        <source>{file} is not an Excel workbook (.xlsx): save it from Excel or LibreOffice as an Excel workbook (.xlsx).</source>
        <translation>{file} is not an Excel workbook (.xlsx): save it from Excel or LibreOffice as an Excel workbook (.xlsx).</translation>
    </message>
    <message>
        <source>{file} would unpack to far more than a catalog workbook holds (part {part}); it is refused as a possible zip bomb.</source>
        <translation>{file} would unpack to far more than a catalog workbook holds (part {part}); it is refused as a possible zip bomb.</translation>
    </message>
    <message>
        <source>{file} has more than {limit} cells in part {part}, far more than a catalog needs; it is refused.</source>
        <translation>{file} has more than {limit} cells in part {part}, far more than a catalog needs; it is refused.</translation>
    </message>
    <message>
        <source>Give either a bundle and a protected file, or --age FILE, not both.</source>
        <translation>Give either a bundle and a protected file, or --age FILE, not both.</translation>
    </message>
    <message>
        <source>Give the reader&apos;s name (at most 200 characters).</source>
        <translation>Give the reader&apos;s name (at most 200 characters).</translation>
    </message>
    <message>
        <source>The bundle&apos;s index of protected files is damaged.</source>
        <translation>The bundle&apos;s index of protected files is damaged.</translation>
    </message>
    <message>
        <source>The office holds no protected file {file} in bundle {bundle_id}.</source>
        <translation>The office holds no protected file {file} in bundle {bundle_id}.</translation>
    </message>
    <message>
        <source>The passphrase does not unlock the reader {name}; nothing was opened.</source>
        <translation>The passphrase does not unlock the reader {name}; nothing was opened.</translation>
    </message>
    <message>
        <source>The protected file is too large to open.</source>
        <translation>The protected file is too large to open.</translation>
    </message>
    <message>
        <source>The protected file {file} does not match its index; it is damaged.</source>
        <translation>The protected file {file} does not match its index; it is damaged.</translation>
    </message>
    <message>
        <source>The protected file {file} was erased on {date} (retention ended).</source>
        <translation>The protected file {file} was erased on {date} (retention ended).</translation>
    </message>
    <message>
        <source>The retention period is from 1 to 50 years.</source>
        <translation>The retention period is from 1 to 50 years.</translation>
    </message>
    <message>
        <source>There is already a reader named {name}.</source>
        <translation>There is already a reader named {name}.</translation>
    </message>
    <message>
        <source>There is no reader named {name}.</source>
        <translation>There is no reader named {name}.</translation>
    </message>
    <message>
        <source>This file was not encrypted for the reader {name}; ask a reader it was encrypted for.</source>
        <translation>This file was not encrypted for the reader {name}; ask a reader it was encrypted for.</translation>
    </message>
    <message>
        <source>The protected files of bundle {bundle_id} were erased on {date} (retention ended), so the bundle can no longer be rebuilt as it came.</source>
        <translation>The protected files of bundle {bundle_id} were erased on {date} (retention ended), so the bundle can no longer be rebuilt as it came.</translation>
    </message>
    <message>
        <source>The quarantined file {id} was erased when its retention period ended; ask the district to send it again.</source>
        <translation>The quarantined file {id} was erased when its retention period ended; ask the district to send it again.</translation>
    </message>
    <message>
        <source>A backup with personal data needs a passphrase.</source>
        <translation>A backup with personal data needs a passphrase.</translation>
    </message>
    <message>
        <source>Evidence marked as personal data can only be sent encrypted, and no trusted office card names the people allowed to read it; add the office&apos;s current card with &apos;sealdesk trust add&apos; first.</source>
        <translation>Evidence marked as personal data can only be sent encrypted, and no trusted office card names the people allowed to read it; add the office&apos;s current card with &apos;sealdesk trust add&apos; first.</translation>
    </message>
    <message>
        <source>The office card {source} lists a reader whose key is damaged.</source>
        <translation>The office card {source} lists a reader whose key is damaged.</translation>
    </message>
    <message>
        <source>The passphrase does not open this backup; nothing was restored.</source>
        <translation>The passphrase does not open this backup; nothing was restored.</translation>
    </message>
    <message>
        <source>This backup is encrypted; give its passphrase to restore it.</source>
        <translation>This backup is encrypted; give its passphrase to restore it.</translation>
    </message>
    <message>
        <source>This protected file was not encrypted for this key.</source>
        <translation>This protected file was not encrypted for this key.</translation>
    </message>
    <message>
        <source>This workspace holds evidence marked as personal data, so its backup is encrypted: give a passphrase, or choose explicitly to write it unencrypted.</source>
        <translation>This workspace holds evidence marked as personal data, so its backup is encrypted: give a passphrase, or choose explicitly to write it unencrypted.</translation>
    </message>
    <message>
        <source>The catalog edition {file} does not name the catalog it holds; ask the office for the file again.</source>
        <translation>The catalog edition {file} does not name the catalog it holds; ask the office for the file again.</translation>
    </message>
    <message>
        <source>The catalog edition {file} is signed by the office key {key_id}, which this district does not trust; add the office&apos;s card with &apos;sealdesk trust add&apos; first.</source>
        <translation>The catalog edition {file} is signed by the office key {key_id}, which this district does not trust; add the office&apos;s card with &apos;sealdesk trust add&apos; first.</translation>
    </message>
    <message>
        <source>The catalog edition {file} was changed after the office signed it; ask the office for the file again.</source>
        <translation>The catalog edition {file} was changed after the office signed it; ask the office for the file again.</translation>
    </message>
    <message>
        <source>The catalog {file} is marked as a template; set status = &quot;official&quot; before publishing it.</source>
        <translation>The catalog {file} is marked as a template; set status = &quot;official&quot; before publishing it.</translation>
    </message>
    <message>
        <source>The edition {edition} {version} was already published with other text; give this one a new version.</source>
        <translation>The edition {edition} {version} was already published with other text; give this one a new version.</translation>
    </message>
    <message>
        <source>The edition {edition} {version} was already published.</source>
        <translation>The edition {edition} {version} was already published.</translation>
    </message>
    <message>
        <source>The file {file} is not a usable signed catalog edition ({detail}).</source>
        <translation>The file {file} is not a usable signed catalog edition ({detail}).</translation>
    </message>
    <message>
        <source>The file {file} is a signed catalog edition: start with the shipped catalog, trust the office&apos;s card, then import the edition into the round.</source>
        <translation>The file {file} is a signed catalog edition: start with the shipped catalog, trust the office&apos;s card, then import the edition into the round.</translation>
    </message>
    <message>
        <source>There is not enough memory to encrypt the backup {file}; nothing was written. Close other programs and try again.</source>
        <translation>There is not enough memory to encrypt the backup {file}; nothing was written. Close other programs and try again.</translation>
    </message>
    <message>
        <source>The encrypted backup {file} is larger than {limit} bytes, the most SealDesk can open; nothing was restored.</source>
        <translation>The encrypted backup {file} is larger than {limit} bytes, the most SealDesk can open; nothing was restored.</translation>
    </message>
    <message>
        <source>There is not enough memory to decrypt the backup {file}; nothing was restored. Close other programs and try again.</source>
        <translation>There is not enough memory to decrypt the backup {file}; nothing was restored. Close other programs and try again.</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>{name} is already in the library and used for {codes}; it is stored once.</source>
        <translation>{name} is already in the library and used for {codes}; it is stored once.</translation>
    </message>
    <message>
        <source>{name} is already in the library; it is stored once.</source>
        <translation>{name} is already in the library; it is stored once.</translation>
    </message>
    <message>
        <source>Import cancelled; the remaining files were not added.</source>
        <translation>Import cancelled; the remaining files were not added.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n documents.</source>
        <translation>
            <numerusform>Added %n document.</numerusform>
            <numerusform>Added %n documents.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Welcome to SealDesk</source>
        <translation>Welcome to SealDesk</translation>
    </message>
    <message>
        <source>Tell SealDesk which district office you work for. You can start the self-assessment right after.</source>
        <translation>Tell SealDesk which district office you work for. You can start the self-assessment right after.</translation>
    </message>
    <message>
        <source>&amp;District office:</source>
        <translation>&amp;District office:</translation>
    </message>
    <message>
        <source>Type a name in Thai or English</source>
        <translation>Type a name in Thai or English</translation>
    </message>
    <message>
        <source>District offices</source>
        <translation>District offices</translation>
    </message>
    <message>
        <source>&amp;Round (B.E. year):</source>
        <translation>&amp;Round (B.E. year):</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Your name:</translation>
    </message>
    <message>
        <source>Recorded with every change you make</source>
        <translation>Recorded with every change you make</translation>
    </message>
    <message>
        <source>Catalog:</source>
        <translation>Catalog:</translation>
    </message>
    <message>
        <source>The catalog shipped with SealDesk</source>
        <translation>The catalog shipped with SealDesk</translation>
    </message>
    <message>
        <source>A file from the coordinating office:</source>
        <translation>A file from the coordinating office:</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Choose...</translation>
    </message>
    <message>
        <source>&amp;Keep the work in:</source>
        <translation>&amp;Keep the work in:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Catalog file</source>
        <translation>Catalog file</translation>
    </message>
    <message>
        <source>Catalogs (*.toml)</source>
        <translation>Catalogs (*.toml)</translation>
    </message>
    <message>
        <source>Keep the work in</source>
        <translation>Keep the work in</translation>
    </message>
    <message>
        <source>Choose your district office in the list.</source>
        <translation>Choose your district office in the list.</translation>
    </message>
    <message>
        <source>Write your name; it is recorded with your changes.</source>
        <translation>Write your name; it is recorded with your changes.</translation>
    </message>
    <message>
        <source>Choose the catalog file, or use the shipped catalog.</source>
        <translation>Choose the catalog file, or use the shipped catalog.</translation>
    </message>
    <message>
        <source>A district office (the self-assessment)</source>
        <translation>A district office (the self-assessment)</translation>
    </message>
    <message>
        <source>As it should appear on reports</source>
        <translation>As it should appear on reports</translation>
    </message>
    <message>
        <source>Office &amp;name:</source>
        <translation>Office &amp;name:</translation>
    </message>
    <message>
        <source>The coordinating office at City Hall (receives the districts' bundles)</source>
        <translation>The coordinating office at City Hall (receives the districts' bundles)</translation>
    </message>
    <message>
        <source>This office is:</source>
        <translation>This office is:</translation>
    </message>
    <message>
        <source>Write the name of the office.</source>
        <translation>Write the name of the office.</translation>
    </message>
    <message>
        <source>Give the coordinating office's name and where to keep its work. You can receive the districts' bundles right after.</source>
        <translation>Give the coordinating office's name and where to keep its work. You can receive the districts' bundles right after.</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>The file could not be read: {error}</source>
        <translation>The file could not be read: {error}</translation>
    </message>
    <message>
        <source>The file stayed locked by another program and could not be opened.</source>
        <translation>The file stayed locked by another program and could not be opened.</translation>
    </message>
    <message>
        <source>SealDesk could not import {name}:
{reason}

Fix or replace the file here in the failed folder and SealDesk will try again.
</source>
        <translation>SealDesk could not import {name}:
{reason}

Fix or replace the file here in the failed folder and SealDesk will try again.
</translation>
    </message>
    <message>
        <source>Starting to watch {folder}...</source>
        <translation>Starting to watch {folder}...</translation>
    </message>
    <message>
        <source>Watching {folder} for new files.</source>
        <translation>Watching {folder} for new files.</translation>
    </message>
    <message>
        <source>Checking {folder} for new files every {seconds} s.</source>
        <translation>Checking {folder} for new files every {seconds} s.</translation>
    </message>
    <message>
        <source>{folder} is on a network drive: checking it for new files every {seconds} s.</source>
        <translation>{folder} is on a network drive: checking it for new files every {seconds} s.</translation>
    </message>
    <message>
        <source>File-system events do not arrive from {folder}: checking it for new files every {seconds} s instead.</source>
        <translation>File-system events do not arrive from {folder}: checking it for new files every {seconds} s instead.</translation>
    </message>
    <message>
        <source>Could not watch {folder} for events ({error}): checking it for new files every {seconds} s instead.</source>
        <translation>Could not watch {folder} for events ({error}): checking it for new files every {seconds} s instead.</translation>
    </message>
    <message>
        <source>Could not import {name} just now ({error}); SealDesk will try again.</source>
        <translation>Could not import {name} just now ({error}); SealDesk will try again.</translation>
    </message>
    <message>
        <source>Cannot use the inbox folder {folder}: {error}</source>
        <translation>Cannot use the inbox folder {folder}: {error}</translation>
    </message>
    <message>
        <source>the folder is missing</source>
        <translation>the folder is missing</translation>
    </message>
    <message>
        <source>Another SealDesk is already taking files from {folder}; this one will take over when it stops.</source>
        <translation>Another SealDesk is already taking files from {folder}; this one will take over when it stops.</translation>
    </message>
    <message>
        <source>Stopped watching {folder}.</source>
        <translation>Stopped watching {folder}.</translation>
    </message>
</context>
<context>
    <name>InboxPanel</name>
    <message>
        <source>Scanner folder: {folder}</source>
        <translation>Scanner folder: {folder}</translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation>not chosen yet</translation>
    </message>
    <message>
        <source>Choose folder...</source>
        <translation>Choose folder...</translation>
    </message>
    <message>
        <source>Documents waiting to be filed</source>
        <translation>Documents waiting to be filed</translation>
    </message>
    <message>
        <source>suggested: {code}</source>
        <translation>suggested: {code}</translation>
    </message>
    <message>
        <source>no suggestion</source>
        <translation>no suggestion</translation>
    </message>
    <message>
        <source>Scanner folder</source>
        <translation>Scanner folder</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message numerus="yes">
        <source>Discarded %n scans; they are kept in {folder} and can be restored from the Discarded tab.</source>
        <translation>
            <numerusform>Discarded %n scan; it is kept in {folder} and can be restored from the Discarded tab.</numerusform>
            <numerusform>Discarded %n scans; they are kept in {folder} and can be restored from the Discarded tab.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discarded (%n)</source>
        <translation>
            <numerusform>Discarded (%n)</numerusform>
            <numerusform>Discarded (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Discarded scans</source>
        <translation>Discarded scans</translation>
    </message>
    <message>
        <source>File &amp;under benchmarks...</source>
        <translation>File &amp;under benchmarks...</translation>
    </message>
    <message>
        <source>File under the &amp;suggested benchmark</source>
        <translation>File under the &amp;suggested benchmark</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Select one or more discarded scans first.</source>
        <translation>Select one or more discarded scans first.</translation>
    </message>
    <message>
        <source>Select one or more scans first.</source>
        <translation>Select one or more scans first.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting to be filed (%n)</source>
        <translation>
            <numerusform>Waiting to be filed (%n)</numerusform>
            <numerusform>Waiting to be filed (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}  (discarded on {date} at {time})</source>
        <translation>{name}  (discarded on {date} at {time})</translation>
    </message>
    <message>
        <source>{name} has no suggested benchmark: choose one with File under benchmarks.</source>
        <translation>{name} has no suggested benchmark: choose one with File under benchmarks.</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Please wait</translation>
    </message>
</context>
<context>
    <name>Level</name>
    <message>
        <source>Bronze</source>
        <translation>Bronze</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>Silver</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Gold</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>Select a document to see it here.</source>
        <translation>Select a document to see it here.</translation>
    </message>
    <message>
        <source>No preview for this kind of file. Use “Open” to view it.</source>
        <translation>No preview for this kind of file. Use “Open” to view it.</translation>
    </message>
    <message>
        <source>Search documents by name or description</source>
        <translation>Search documents by name or description</translation>
    </message>
    <message>
        <source>Search documents</source>
        <translation>Search documents</translation>
    </message>
    <message>
        <source>Only documents not used yet</source>
        <translation>Only documents not used yet</translation>
    </message>
    <message>
        <source>Evidence library</source>
        <translation>Evidence library</translation>
    </message>
    <message>
        <source>Add files...</source>
        <translation>Add files...</translation>
    </message>
    <message>
        <source>Link to benchmarks...</source>
        <translation>Link to benchmarks...</translation>
    </message>
    <message>
        <source>Edit details...</source>
        <translation>Edit details...</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>not used yet</source>
        <translation>not used yet</translation>
    </message>
    <message>
        <source>Effective date: {date}</source>
        <translation>Effective date: {date}</translation>
    </message>
    <message>
        <source>Used for: {codes}</source>
        <translation>Used for: {codes}</translation>
    </message>
    <message>
        <source>Added {date} by {who}</source>
        <translation>Added {date} by {who}</translation>
    </message>
    <message>
        <source>Document details</source>
        <translation>Document details</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Document:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <source>Effective date:</source>
        <translation>Effective date:</translation>
    </message>
    <message>
        <source>Link {name} to benchmarks</source>
        <translation>Link {name} to benchmarks</translation>
    </message>
    <message>
        <source>Filter benchmarks</source>
        <translation>Filter benchmarks</translation>
    </message>
    <message>
        <source>Benchmarks</source>
        <translation>Benchmarks</translation>
    </message>
    <message>
        <source>Link documents to {code}</source>
        <translation>Link documents to {code}</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation>Effective date</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Used for</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>{n} bytes</source>
        <translation>{n} bytes</translation>
    </message>
    <message>
        <source>{n} KB</source>
        <translation>{n} KB</translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
    <message>
        <source>Select a document in the list first.</source>
        <translation>Select a document in the list first.</translation>
    </message>
    <message>
        <source>{name} is used for {codes}: unlink it before removing it.</source>
        <translation>{name} is used for {codes}: unlink it before removing it.</translation>
    </message>
    <message>
        <source>Contains personal data: sent encrypted, never printed by name</source>
        <translation>Contains personal data: sent encrypted, never printed by name</translation>
    </message>
    <message>
        <source>{name} (personal data: sent encrypted, never printed by name)</source>
        <translation>{name} (personal data: sent encrypted, never printed by name)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Close message</source>
        <translation>Close message</translation>
    </message>
    <message>
        <source>SealDesk — {district} district office</source>
        <translation>SealDesk — {district} district office</translation>
    </message>
    <message>
        <source>Find a benchmark: code, Thai or English words</source>
        <translation>Find a benchmark: code, Thai or English words</translation>
    </message>
    <message>
        <source>Find a benchmark</source>
        <translation>Find a benchmark</translation>
    </message>
    <message>
        <source>Sh&amp;ow:</source>
        <translation>Sh&amp;ow:</translation>
    </message>
    <message>
        <source>&amp;Aiming for:</source>
        <translation>&amp;Aiming for:</translation>
    </message>
    <message>
        <source>All benchmarks</source>
        <translation>All benchmarks</translation>
    </message>
    <message>
        <source>No evidence yet</source>
        <translation>No evidence yet</translation>
    </message>
    <message>
        <source>Mandatory for {level}</source>
        <translation>Mandatory for {level}</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Level aimed at</source>
        <translation>Level aimed at</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <source>Evidence library</source>
        <translation>Evidence library</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <source>&amp;Export the submission bundle...</source>
        <translation>&amp;Export the submission bundle...</translation>
    </message>
    <message>
        <source>&amp;Verify a bundle...</source>
        <translation>&amp;Verify a bundle...</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Assessment &amp;round</source>
        <translation>Assessment &amp;round</translation>
    </message>
    <message>
        <source>Start a &amp;new round...</source>
        <translation>Start a &amp;new round...</translation>
    </message>
    <message>
        <source>&amp;Import a new catalog edition...</source>
        <translation>&amp;Import a new catalog edition...</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>E&amp;vidence</source>
        <translation>E&amp;vidence</translation>
    </message>
    <message>
        <source>Vie&amp;w</source>
        <translation>Vie&amp;w</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Change &amp;clerk&apos;s name...</source>
        <translation>Change &amp;clerk&apos;s name...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Find a benchmark</source>
        <translation>&amp;Find a benchmark</translation>
    </message>
    <message>
        <source>&amp;Add files...</source>
        <translation>&amp;Add files...</translation>
    </message>
    <message>
        <source>&amp;Benchmark page</source>
        <translation>&amp;Benchmark page</translation>
    </message>
    <message>
        <source>Evidence &amp;library</source>
        <translation>Evidence &amp;library</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>&amp;Inbox</source>
        <translation>&amp;Inbox</translation>
    </message>
    <message>
        <source>&amp;About SealDesk</source>
        <translation>&amp;About SealDesk</translation>
    </message>
    <message>
        <source>Round {round}</source>
        <translation>Round {round}</translation>
    </message>
    <message>
        <source>Workspace: {path}</source>
        <translation>Workspace: {path}</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Undo {what}</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Redo {what}</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>All changes saved</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Add evidence files</source>
        <translation>Add evidence files</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.docx *.xlsx);;All files (*)</source>
        <translation>Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.docx *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <source>Preparing the document...</source>
        <translation>Preparing the document...</translation>
    </message>
    <message>
        <source>Catalog from the coordinating office</source>
        <translation>Catalog from the coordinating office</translation>
    </message>
    <message>
        <source>Round {round} now uses the catalog {new}. Kept: {kept} assessments and {links} evidence links.</source>
        <translation>Round {round} now uses the catalog {new}. Kept: {kept} assessments and {links} evidence links.</translation>
    </message>
    <message>
        <source>These benchmarks are not in the new edition; their work is kept in the workspace but no longer shown: {codes}</source>
        <translation>These benchmarks are not in the new edition; their work is kept in the workspace but no longer shown: {codes}</translation>
    </message>
    <message>
        <source>New assessment round</source>
        <translation>New assessment round</translation>
    </message>
    <message>
        <source>Buddhist-Era year of the new round (it starts with the catalog of round {round}):</source>
        <translation>Buddhist-Era year of the new round (it starts with the catalog of round {round}):</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>Your name (recorded with every change):</source>
        <translation>Your name (recorded with every change):</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>&amp;Audit log</translation>
    </message>
    <message>
        <source>&amp;Back up the workspace...</source>
        <translation>&amp;Back up the workspace...</translation>
    </message>
    <message>
        <source>&amp;Check the workspace...</source>
        <translation>&amp;Check the workspace...</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>Res&amp;tore a backup...</source>
        <translation>Res&amp;tore a backup...</translation>
    </message>
    <message>
        <source>&amp;Ready to submit</source>
        <translation>&amp;Ready to submit</translation>
    </message>
    <message>
        <source>Ready to submit</source>
        <translation>Ready to submit</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n files...</source>
        <translation>
            <numerusform>Adding %n file...</numerusform>
            <numerusform>Adding %n files...</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the office&apos;s &amp;feedback...</source>
        <translation>Import the office&apos;s &amp;feedback...</translation>
    </message>
    <message>
        <source>Trust an office &amp;key...</source>
        <translation>Trust an office &amp;key...</translation>
    </message>
    <message>
        <source>&amp;Feedback to answer</source>
        <translation>&amp;Feedback to answer</translation>
    </message>
    <message>
        <source>Export the catalog as a &amp;workbook...</source>
        <translation>Export the catalog as a &amp;workbook...</translation>
    </message>
    <message>
        <source>Signed catalog editions (*.zip);;Practice catalogs (*.toml)</source>
        <translation>Signed catalog editions (*.zip);;Practice catalogs (*.toml)</translation>
    </message>
</context>
<context>
    <name>Print</name>
    <message>
        <source>&amp;Blank checklist...</source>
        <translation>&amp;Blank checklist...</translation>
    </message>
    <message>
        <source>&amp;Filled checklist...</source>
        <translation>&amp;Filled checklist...</translation>
    </message>
    <message>
        <source>&amp;Gap report...</source>
        <translation>&amp;Gap report...</translation>
    </message>
    <message>
        <source>&amp;Key enrolment sheet...</source>
        <translation>&amp;Key enrolment sheet...</translation>
    </message>
    <message>
        <source>&amp;Submission cover sheet...</source>
        <translation>&amp;Submission cover sheet...</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Print...</translation>
    </message>
    <message>
        <source>&amp;Save PDF...</source>
        <translation>&amp;Save PDF...</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>{name} District Office</source>
        <translation>{name} District Office</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} of {pages}</translation>
    </message>
    <message>
        <source>Printed {date}</source>
        <translation>Printed {date}</translation>
    </message>
    <message>
        <source>Gender Equality Seal for Public Institutions (GES-PI)</source>
        <translation>Gender Equality Seal for Public Institutions (GES-PI)</translation>
    </message>
    <message>
        <source>Catalog {edition}, version {version}</source>
        <translation>Catalog {edition}, version {version}</translation>
    </message>
    <message>
        <source>Self-assessment checklist</source>
        <translation>Self-assessment checklist</translation>
    </message>
    <message>
        <source>Use this form in working-group meetings and to gather paper evidence before scanning. Tick the boxes when a document is received and when it has been scanned.</source>
        <translation>Use this form in working-group meetings and to gather paper evidence before scanning. Tick the boxes when a document is received and when it has been scanned.</translation>
    </message>
    <message>
        <source>Self-assessment results</source>
        <translation>Self-assessment results</translation>
    </message>
    <message>
        <source>Gap report</source>
        <translation>Gap report</translation>
    </message>
    <message>
        <source>Submission cover sheet</source>
        <translation>Submission cover sheet</translation>
    </message>
    <message>
        <source>Signing key enrolment sheet</source>
        <translation>Signing key enrolment sheet</translation>
    </message>
    <message>
        <source>Dimension {code}</source>
        <translation>Dimension {code}</translation>
    </message>
    <message>
        <source>Mandatory for {levels}</source>
        <translation>Mandatory for {levels}</translation>
    </message>
    <message>
        <source>Not mandatory</source>
        <translation>Not mandatory</translation>
    </message>
    <message>
        <source>Means of verification</source>
        <translation>Means of verification</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Scanned</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Effective</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Benchmarks</source>
        <translation>Benchmarks</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Overall</translation>
    </message>
    <message>
        <source>Projected level</source>
        <translation>Projected level</translation>
    </message>
    <message>
        <source>No level yet</source>
        <translation>No level yet</translation>
    </message>
    <message>
        <source>Score by dimension</source>
        <translation>Score by dimension</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Partial</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>Applicable</source>
        <translation>Applicable</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Strengths</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <translation>Weaknesses</translation>
    </message>
    <message>
        <source>What is missing for {level}</source>
        <translation>What is missing for {level}</translation>
    </message>
    <message>
        <source>The highest level (Gold) is reached.</source>
        <translation>The highest level (Gold) is reached.</translation>
    </message>
    <message>
        <source>Mandatory benchmarks not yet met</source>
        <translation>Mandatory benchmarks not yet met</translation>
    </message>
    <message>
        <source>The {threshold}% threshold is met.</source>
        <translation>The {threshold}% threshold is met.</translation>
    </message>
    <message>
        <source>No actions planned yet.</source>
        <translation>No actions planned yet.</translation>
    </message>
    <message>
        <source>Dashed lines: Bronze, Silver and Gold thresholds</source>
        <translation>Dashed lines: Bronze, Silver and Gold thresholds</translation>
    </message>
    <message>
        <source>Bundle ID</source>
        <translation>Bundle ID</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>File size</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>Fingerprint (SHA-256)</translation>
    </message>
    <message>
        <source>Signer key ID</source>
        <translation>Signer key ID</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>This QR code holds the file&apos;s fingerprint: scan it to match this paper with the file.</source>
        <translation>This QR code holds the file&apos;s fingerprint: scan it to match this paper with the file.</translation>
    </message>
    <message>
        <source>The self-assessment bundle described below is submitted. The receiver can check the file by comparing its fingerprint with the file received.</source>
        <translation>The self-assessment bundle described below is submitted. The receiver can check the file by comparing its fingerprint with the file received.</translation>
    </message>
    <message>
        <source>The district office enrols the public key below as the key that signs its self-assessment bundles. Bundles signed with any other key are not the office&apos;s.</source>
        <translation>The district office enrols the public key below as the key that signs its self-assessment bundles. Bundles signed with any other key are not the office&apos;s.</translation>
    </message>
    <message>
        <source>Public key (minisign)</source>
        <translation>Public key (minisign)</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>Key ID</translation>
    </message>
    <message>
        <source>Key fingerprint (SHA-256)</source>
        <translation>Key fingerprint (SHA-256)</translation>
    </message>
    <message>
        <source>This QR code holds the public key: City Hall scans it to enrol the key.</source>
        <translation>This QR code holds the public key: City Hall scans it to enrol the key.</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Prepared by</translation>
    </message>
    <message>
        <source>District director</source>
        <translation>District director</translation>
    </message>
    <message>
        <source>Received by (City Hall)</source>
        <translation>Received by (City Hall)</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>Checked by</translation>
    </message>
    <message>
        <source>Name: {dots}</source>
        <translation>Name: {dots}</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <source>Partially met</source>
        <translation>Partially met</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Not met</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>Bronze</source>
        <translation>Bronze</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>Silver</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Gold</translation>
    </message>
    <message>
        <source>Assessment round B.E. {be}</source>
        <translation>Assessment round B.E. {be}</translation>
    </message>
    <message>
        <source>Assessment round B.E. {be} ({ce})</source>
        <translation>Assessment round B.E. {be} ({ce})</translation>
    </message>
    <message>
        <source>{district} · {round}</source>
        <translation>{district} · {round}</translation>
    </message>
    <message>
        <source>Catalog {edition}, version {version} · This catalog is a template, not the official text</source>
        <translation>Catalog {edition}, version {version} · This catalog is a template, not the official text</translation>
    </message>
    <message>
        <source>Dimension {code}: {title}</source>
        <translation>Dimension {code}: {title}</translation>
    </message>
    <message>
        <source>Standard {code}: {title}</source>
        <translation>Standard {code}: {title}</translation>
    </message>
    <message>
        <source>Benchmark {code}: {title}</source>
        <translation>Benchmark {code}: {title}</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>Evidence: none linked.</source>
        <translation>Evidence: none linked.</translation>
    </message>
    <message>
        <source>Action plan: none.</source>
        <translation>Action plan: none.</translation>
    </message>
    <message>
        <source>Not started yet. {mandatory}</source>
        <translation>Not started yet. {mandatory}</translation>
    </message>
    <message>
        <source>Overall score: {percent}% · Projected level: {level}</source>
        <translation>Overall score: {percent}% · Projected level: {level}</translation>
    </message>
    <message>
        <source>Short fingerprint (to read aloud)</source>
        <translation>Short fingerprint (to read aloud)</translation>
    </message>
    <message>
        <source>District office</source>
        <translation>District office</translation>
    </message>
    <message>
        <source>Assessment round (B.E.)</source>
        <translation>Assessment round (B.E.)</translation>
    </message>
    <message>
        <source>Signature {dots}</source>
        <translation>Signature {dots}</translation>
    </message>
    <message>
        <source>Name: {name}</source>
        <translation>Name: {name}</translation>
    </message>
    <message>
        <source>Date {dots}</source>
        <translation>Date {dots}</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} and {second}</translation>
    </message>
    <message>
        <source>{first}, {second} and {third}</source>
        <translation>{first}, {second} and {third}</translation>
    </message>
    <message numerus="yes">
        <source>%n more benchmarks must be met (threshold {threshold}%), from these:</source>
        <translation>
            <numerusform>%n more benchmark must be met (threshold {threshold}%), from these:</numerusform>
            <numerusform>%n more benchmarks must be met (threshold {threshold}%), from these:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{dimension}: {percent}%, {met} of %n benchmarks met</source>
        <translation>
            <numerusform>{dimension}: {percent}%, {met} of %n benchmark met</numerusform>
            <numerusform>{dimension}: {percent}%, {met} of %n benchmarks met</numerusform>
        </translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>Document &amp;language:</translation>
    </message>
    <message>
        <source>Prepared &amp;by:</source>
        <translation>Prepared &amp;by:</translation>
    </message>
    <message>
        <source>blank-checklist-{district}-{round}.pdf</source>
        <translation>blank-checklist-{district}-{round}.pdf</translation>
    </message>
    <message>
        <source>checklist-{district}-{round}.pdf</source>
        <translation>checklist-{district}-{round}.pdf</translation>
    </message>
    <message>
        <source>gap-report-{district}-{round}.pdf</source>
        <translation>gap-report-{district}-{round}.pdf</translation>
    </message>
    <message>
        <source>cover-sheet-{district}-{round}.pdf</source>
        <translation>cover-sheet-{district}-{round}.pdf</translation>
    </message>
    <message>
        <source>key-enrolment-{district}-{round}.pdf</source>
        <translation>key-enrolment-{district}-{round}.pdf</translation>
    </message>
    <message>
        <source>City-wide report</source>
        <translation>City-wide report</translation>
    </message>
    <message>
        <source>The city at a glance</source>
        <translation>The city at a glance</translation>
    </message>
    <message>
        <source>{submitted} of {total} districts have sent their submission.</source>
        <translation>{submitted} of {total} districts have sent their submission.</translation>
    </message>
    <message>
        <source>Average score of the districts that submitted: {percent}%</source>
        <translation>Average score of the districts that submitted: {percent}%</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Districts</translation>
    </message>
    <message>
        <source>The districts</source>
        <translation>The districts</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Score %</source>
        <translation>Score %</translation>
    </message>
    <message>
        <source>Mandatory missing</source>
        <translation>Mandatory missing</translation>
    </message>
    <message>
        <source>The benchmarks most districts have not met</source>
        <translation>The benchmarks most districts have not met</translation>
    </message>
    <message>
        <source>Counted over the districts that submitted: not met, partially met and not started count as not met; not applicable does not.</source>
        <translation>Counted over the districts that submitted: not met, partially met and not started count as not met; not applicable does not.</translation>
    </message>
    <message>
        <source>Districts not meeting it</source>
        <translation>Districts not meeting it</translation>
    </message>
    <message>
        <source>Mandatory from</source>
        <translation>Mandatory from</translation>
    </message>
    <message>
        <source>Districts that have not submitted</source>
        <translation>Districts that have not submitted</translation>
    </message>
    <message>
        <source>Every district has submitted.</source>
        <translation>Every district has submitted.</translation>
    </message>
    <message>
        <source>No district that submitted has a gap.</source>
        <translation>No district that submitted has a gap.</translation>
    </message>
    <message>
        <source>Head of the coordinating office</source>
        <translation>Head of the coordinating office</translation>
    </message>
    <message>
        <source>Review of the submission</source>
        <translation>Review of the submission</translation>
    </message>
    <message>
        <source>From: {office}</source>
        <translation>From: {office}</translation>
    </message>
    <message>
        <source>To: {district}</source>
        <translation>To: {district}</translation>
    </message>
    <message>
        <source>The coordinating office has reviewed your district&apos;s submission and returns it with the feedback below. Please answer each point, then send a new bundle.</source>
        <translation>The coordinating office has reviewed your district&apos;s submission and returns it with the feedback below. Please answer each point, then send a new bundle.</translation>
    </message>
    <message>
        <source>The coordinating office has reviewed your district&apos;s submission and accepts it. It now counts as confirmed in the city&apos;s figures.</source>
        <translation>The coordinating office has reviewed your district&apos;s submission and accepts it. It now counts as confirmed in the city&apos;s figures.</translation>
    </message>
    <message>
        <source>The coordinating office has reviewed your district&apos;s submission and accepts it as final. It is locked and counts as confirmed in the city&apos;s figures.</source>
        <translation>The coordinating office has reviewed your district&apos;s submission and accepts it as final. It is locked and counts as confirmed in the city&apos;s figures.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Feedback number</source>
        <translation>Feedback number</translation>
    </message>
    <message>
        <source>Bundle reviewed</source>
        <translation>Bundle reviewed</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>Verdicts</translation>
    </message>
    <message>
        <source>Benchmark by benchmark</source>
        <translation>Benchmark by benchmark</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Required action</source>
        <translation>Required action</translation>
    </message>
    <message>
        <source>{action} (due {date})</source>
        <translation>{action} (due {date})</translation>
    </message>
    <message>
        <source>No benchmark has a verdict yet.</source>
        <translation>No benchmark has a verdict yet.</translation>
    </message>
    <message>
        <source>Reviewer, coordinating office</source>
        <translation>Reviewer, coordinating office</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Protected document {id}: it contains personal data, so its name is not printed and it is sent encrypted.</source>
        <translation>Protected document {id}: it contains personal data, so its name is not printed and it is sent encrypted.</translation>
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
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Save All</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Yes to &amp;All</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;o to All</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abort</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation>Don&apos;t Save</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Close without Saving</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restore Defaults</translation>
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
    <name>Status</name>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Partially met</source>
        <translation>Partially met</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Not met</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Not applicable</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>status of {code}</source>
        <translation>status of {code}</translation>
    </message>
    <message>
        <source>narrative of {code}</source>
        <translation>narrative of {code}</translation>
    </message>
</context>
<context>
    <name>SubmissionState</name>
    <message>
        <source>Nothing received</source>
        <translation>Nothing received</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>Quarantined</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In review</translation>
    </message>
    <message>
        <source>Returned with feedback</source>
        <translation>Returned with feedback</translation>
    </message>
    <message>
        <source>Resubmitted</source>
        <translation>Resubmitted</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Action added</source>
        <translation>Action added</translation>
    </message>
    <message>
        <source>Action changed</source>
        <translation>Action changed</translation>
    </message>
    <message>
        <source>Action removed</source>
        <translation>Action removed</translation>
    </message>
    <message>
        <source>Assessment changed</source>
        <translation>Assessment changed</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Backup made</translation>
    </message>
    <message>
        <source>Bundle exported</source>
        <translation>Bundle exported</translation>
    </message>
    <message>
        <source>Catalog edition imported</source>
        <translation>Catalog edition imported</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>Evidence added</source>
        <translation>Evidence added</translation>
    </message>
    <message>
        <source>Evidence details changed</source>
        <translation>Evidence details changed</translation>
    </message>
    <message>
        <source>Evidence linked</source>
        <translation>Evidence linked</translation>
    </message>
    <message>
        <source>Evidence removed</source>
        <translation>Evidence removed</translation>
    </message>
    <message>
        <source>Evidence unlinked</source>
        <translation>Evidence unlinked</translation>
    </message>
    <message>
        <source>Filter by clerk, item or change</source>
        <translation>Filter by clerk, item or change</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Key passphrase changed</source>
        <translation>Key passphrase changed</translation>
    </message>
    <message>
        <source>Round started</source>
        <translation>Round started</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>Setting changed</translation>
    </message>
    <message>
        <source>Showing {shown} of the latest {loaded} events ({total} recorded).</source>
        <translation>Showing {shown} of the latest {loaded} events ({total} recorded).</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Workspace created</source>
        <translation>Workspace created</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Command</source>
        <translation>Command</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>SealDesk guide</source>
        <translation>SealDesk guide</translation>
    </message>
</context>
<context>
    <name>Maintenance</name>
    <message>
        <source>&amp;Backup file:</source>
        <translation>&amp;Backup file:</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>A file that is not SealDesk's ({subject}); it is left alone.</source>
        <translation>A file that is not SealDesk's ({subject}); it is left alone.</translation>
    </message>
    <message>
        <source>A stored file no record uses ({subject}); harmless.</source>
        <translation>A stored file no record uses ({subject}); harmless.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Back up the workspace</source>
        <translation>Back up the workspace</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>C&amp;hoose...</translation>
    </message>
    <message>
        <source>Checking the workspace...</source>
        <translation>Checking the workspace...</translation>
    </message>
    <message>
        <source>Choose &amp;where...</source>
        <translation>Choose &amp;where...</translation>
    </message>
    <message>
        <source>Choose the backup file and the new folder first.</source>
        <translation>Choose the backup file and the new folder first.</translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation>Choose the backup to restore</translation>
    </message>
    <message>
        <source>Everything checked out: the database and every evidence file.</source>
        <translation>Everything checked out: the database and every evidence file.</translation>
    </message>
    <message>
        <source>Keep a backup on a USB drive or a network folder, not only on this computer.</source>
        <translation>Keep a backup on a USB drive or a network folder, not only on this computer.</translation>
    </message>
    <message>
        <source>New &amp;folder:</source>
        <translation>New &amp;folder:</translation>
    </message>
    <message>
        <source>Open the restored workspace in a new window now?</source>
        <translation>Open the restored workspace in a new window now?</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Restoring the backup...</source>
        <translation>Restoring the backup...</translation>
    </message>
    <message>
        <source>SealDesk backups (*.zip)</source>
        <translation>SealDesk backups (*.zip)</translation>
    </message>
    <message>
        <source>Some evidence or data is damaged or missing (listed below). Restore it from a backup, or add the files again.</source>
        <translation>Some evidence or data is damaged or missing (listed below). Restore it from a backup, or add the files again.</translation>
    </message>
    <message>
        <source>The backup is restored into a new, empty folder: nothing is overwritten, and the workspace open now stays as it is.</source>
        <translation>The backup is restored into a new, empty folder: nothing is overwritten, and the workspace open now stays as it is.</translation>
    </message>
    <message>
        <source>The backup was cancelled; nothing was written.</source>
        <translation>The backup was cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>The backup was restored into {path}, but these evidence files could not be: {names}.</source>
        <translation>The backup was restored into {path}, but these evidence files could not be: {names}.</translation>
    </message>
    <message>
        <source>The backup was restored into {path}.</source>
        <translation>The backup was restored into {path}.</translation>
    </message>
    <message>
        <source>The backup was written to {file}, but these damaged or missing files are not in it: {names}.</source>
        <translation>The backup was written to {file}, but these damaged or missing files are not in it: {names}.</translation>
    </message>
    <message>
        <source>The backup was written to {file}.</source>
        <translation>The backup was written to {file}.</translation>
    </message>
    <message>
        <source>The database has a problem ({subject}).</source>
        <translation>The database has a problem ({subject}).</translation>
    </message>
    <message>
        <source>The evidence file {subject} is damaged.</source>
        <translation>The evidence file {subject} is damaged.</translation>
    </message>
    <message>
        <source>The evidence file {subject} is missing.</source>
        <translation>The evidence file {subject} is missing.</translation>
    </message>
    <message>
        <source>The key file {subject} cannot be read.</source>
        <translation>The key file {subject} cannot be read.</translation>
    </message>
    <message>
        <source>The last backup was made on {date}.</source>
        <translation>The last backup was made on {date}.</translation>
    </message>
    <message>
        <source>The restore was cancelled; nothing was written.</source>
        <translation>The restore was cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>This workspace has never been backed up.</source>
        <translation>This workspace has never been backed up.</translation>
    </message>
    <message>
        <source>Where to create the new folder</source>
        <translation>Where to create the new folder</translation>
    </message>
    <message>
        <source>Workspace check</source>
        <translation>Workspace check</translation>
    </message>
    <message>
        <source>Writing the backup...</source>
        <translation>Writing the backup...</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>%1 File</source>
        <translation>%1 File</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>File Folder</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Directory not found.
Please verify the correct directory name was given.</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
File not found.
Please verify the correct file name was given.</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 already exists.
Do you want to replace it?</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Choose</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;New Folder</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>'%1' is write protected.
Do you want to delete it anyway?</source>
        <translation>'%1' is write protected.
Do you want to delete it anyway?</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>All Files (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Are you sure you want to delete '%1'?</source>
        <translation>Are you sure you want to delete '%1'?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Change to detail view mode</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Change to list view mode</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Could not delete directory.</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Create New Folder</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Create a New Folder</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Detail View</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Directories</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Directory:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>File &amp;name:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Find Directory</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Go back</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Go forward</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Go to the parent directory</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>List View</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>List of places and bookmarks</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>New Folder</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Parent Directory</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Recent Places</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Save As</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Show &amp;hidden files</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Sidebar</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Date Modified</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>My Computer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Hide Details...</source>
        <translation>Hide Details...</translation>
    </message>
    <message>
        <source>Show Details...</source>
        <translation>Show Details...</translation>
    </message>
</context>
<context>
    <name>Ready</name>
    <message>
        <source>Not started.</source>
        <translation>Not started.</translation>
    </message>
    <message>
        <source>Mandatory for the level aimed at, not met.</source>
        <translation>Mandatory for the level aimed at, not met.</translation>
    </message>
    <message>
        <source>No reason given for its status.</source>
        <translation>No reason given for its status.</translation>
    </message>
    <message>
        <source>Marked met, but no evidence is linked.</source>
        <translation>Marked met, but no evidence is linked.</translation>
    </message>
    <message>
        <source>Not applicable without a justification.</source>
        <translation>Not applicable without a justification.</translation>
    </message>
    <message>
        <source>A linked evidence file is missing.</source>
        <translation>A linked evidence file is missing.</translation>
    </message>
    <message>
        <source>A linked evidence file is damaged.</source>
        <translation>A linked evidence file is damaged.</translation>
    </message>
    <message>
        <source>A linked evidence file cannot be read.</source>
        <translation>A linked evidence file cannot be read.</translation>
    </message>
    <message>
        <source>A linked evidence file has changed.</source>
        <translation>A linked evidence file has changed.</translation>
    </message>
    <message>
        <source>A linked evidence file has expired.</source>
        <translation>A linked evidence file has expired.</translation>
    </message>
    <message>
        <source>Projected level: not yet Bronze.</source>
        <translation>Projected level: not yet Bronze.</translation>
    </message>
    <message>
        <source>Projected level: {level}.</source>
        <translation>Projected level: {level}.</translation>
    </message>
    <message>
        <source>Everything is ready.</source>
        <translation>Everything is ready.</translation>
    </message>
    <message>
        <source>&amp;Check every evidence file now</source>
        <translation>&amp;Check every evidence file now</translation>
    </message>
    <message>
        <source>Re-reads every linked file, as the integrity check does, to find files that changed since they were added.</source>
        <translation>Re-reads every linked file, as the integrity check does, to find files that changed since they were added.</translation>
    </message>
    <message>
        <source>Ready to submit</source>
        <translation>Ready to submit</translation>
    </message>
    <message>
        <source>Checking the evidence files...</source>
        <translation>Checking the evidence files...</translation>
    </message>
    <message>
        <source>For the whole round</source>
        <translation>For the whole round</translation>
    </message>
    <message>
        <source>Dimension {code}: {title}</source>
        <translation>Dimension {code}: {title}</translation>
    </message>
    <message>
        <source>Nothing left to do here.</source>
        <translation>Nothing left to do here.</translation>
    </message>
    <message>
        <source>Export with warnings?</source>
        <translation>Export with warnings?</translation>
    </message>
    <message>
        <source>The pre-flight check found the warnings below. Export anyway, or go back and fix them: a benchmark's line opens its page.</source>
        <translation>The pre-flight check found the warnings below. Export anyway, or go back and fix them: a benchmark's line opens its page.</translation>
    </message>
    <message>
        <source>E&amp;xport anyway</source>
        <translation>E&amp;xport anyway</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>&amp;Go back</translation>
    </message>
</context>
<context>
    <name>Coverage</name>
    <message>
        <source>Means of verification, ticked when covered</source>
        <translation>Means of verification, ticked when covered</translation>
    </message>
    <message>
        <source>%n means of verification covered by linked evidence.</source>
        <translation>%n means of verification covered by linked evidence.</translation>
    </message>
    <message>
        <source>Link evidence to this benchmark first, then say what it covers.</source>
        <translation>Link evidence to this benchmark first, then say what it covers.</translation>
    </message>
    <message>
        <source>Files covering this means</source>
        <translation>Files covering this means</translation>
    </message>
    <message>
        <source>Which files cover this mea&amp;ns...</source>
        <translation>Which files cover this mea&amp;ns...</translation>
    </message>
</context>
<context>
    <name>Office</name>
    <message>
        <source>{file}: already received (bundle {bundle_id}); nothing changed.</source>
        <translation>{file}: already received (bundle {bundle_id}); nothing changed.</translation>
    </message>
    <message>
        <source>{file}: not taken in: the disk of the office workspace is full. Nothing was lost; free some space and receive it again.</source>
        <translation>{file}: not taken in: the disk of the office workspace is full. Nothing was lost; free some space and receive it again.</translation>
    </message>
    <message>
        <source>{file}: not taken in: {reason}</source>
        <translation>{file}: not taken in: {reason}</translation>
    </message>
    <message>
        <source>{file}: quarantined: it is signed by key {key_id}, which is not on the trust list. Enrol the district&apos;s key, then release it.</source>
        <translation>{file}: quarantined: it is signed by key {key_id}, which is not on the trust list. Enrol the district&apos;s key, then release it.</translation>
    </message>
    <message>
        <source>{file}: quarantined: it is signed by key {key_id}, which was revoked. Ask the district to sign it again with its new key.</source>
        <translation>{file}: quarantined: it is signed by key {key_id}, which was revoked. Ask the district to sign it again with its new key.</translation>
    </message>
    <message>
        <source>{file}: quarantined: it says it is from district {district}, but key {key_id} belongs to district {key_district}.</source>
        <translation>{file}: quarantined: it says it is from district {district}, but key {key_id} belongs to district {key_district}.</translation>
    </message>
    <message>
        <source>{file}: quarantined: the file is damaged or is not a SealDesk bundle. Ask the district to send it again.</source>
        <translation>{file}: quarantined: the file is damaged or is not a SealDesk bundle. Ask the district to send it again.</translation>
    </message>
    <message>
        <source>{file}: quarantined: the file was changed after it was signed. Ask the district to send it again.</source>
        <translation>{file}: quarantined: the file was changed after it was signed. Ask the district to send it again.</translation>
    </message>
    <message>
        <source>{file}: taken in as an older bundle of district {district}, round {round}; the newer one stays current.</source>
        <translation>{file}: taken in as an older bundle of district {district}, round {round}; the newer one stays current.</translation>
    </message>
    <message>
        <source>{file}: taken in: district {district}, round {round}, bundle {bundle_id}.</source>
        <translation>{file}: taken in: district {district}, round {round}, bundle {bundle_id}.</translation>
    </message>
    <message>
        <source>{file}: not taken in: it was changed while it was received. Receive it again.</source>
        <translation>{file}: not taken in: it was changed while it was received. Receive it again.</translation>
    </message>
    <message>
        <source>{file}: quarantined: it is a delta bundle, and the office does not hold these files it leaves out: {names}. Ask the district for a full bundle.</source>
        <translation>{file}: quarantined: it is a delta bundle, and the office does not hold these files it leaves out: {names}. Ask the district for a full bundle.</translation>
    </message>
    <message>
        <source>{file}: kept; it is a part of bundle {bundle}.</source>
        <translation>{file}: kept; it is a part of bundle {bundle}.</translation>
    </message>
    <message>
        <source>{file}: damaged: it does not match the signed part list. The good parts are kept; ask the district to send this part again.</source>
        <translation>{file}: damaged: it does not match the signed part list. The good parts are kept; ask the district to send this part again.</translation>
    </message>
    <message>
        <source>{bundle}: still missing: {missing}. The parts received are kept until the set is complete.</source>
        <translation>{bundle}: still missing: {missing}. The parts received are kept until the set is complete.</translation>
    </message>
    <message>
        <source>{file}: not taken in: this part list is not signed by an enrolled district key, or it was changed after it was signed.</source>
        <translation>{file}: not taken in: this part list is not signed by an enrolled district key, or it was changed after it was signed.</translation>
    </message>
    <message>
        <source>{bundle}: the parts do not join into the bundle the part list describes; all parts are dropped. Ask the district to send the bundle again.</source>
        <translation>{bundle}: the parts do not join into the bundle the part list describes; all parts are dropped. Ask the district to send the bundle again.</translation>
    </message>
    <message>
        <source>Current edition</source>
        <translation>Current edition</translation>
    </message>
    <message>
        <source>Edition unknown to the office</source>
        <translation>Edition unknown to the office</translation>
    </message>
    <message>
        <source>Older edition</source>
        <translation>Older edition</translation>
    </message>
    <message>
        <source>Practice catalog (not signed)</source>
        <translation>Practice catalog (not signed)</translation>
    </message>
    <message>
        <source>{file}: the submission of district {district}, round {round} is final; the new bundle was kept in the history and does not replace it.</source>
        <translation>{file}: the submission of district {district}, round {round} is final; the new bundle was kept in the history and does not replace it.</translation>
    </message>
</context>
<context>
    <name>Spreadsheet</name>
    <message>
        <source>District code</source>
        <translation>District code</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Bundle ID</source>
        <translation>Bundle ID</translation>
    </message>
    <message>
        <source>Score (%)</source>
        <translation>Score (%)</translation>
    </message>
    <message>
        <source>Projected level</source>
        <translation>Projected level</translation>
    </message>
    <message>
        <source>Mandatory benchmarks missing</source>
        <translation>Mandatory benchmarks missing</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Evidence files</translation>
    </message>
    <message>
        <source>Catalog edition</source>
        <translation>Catalog edition</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Districts</translation>
    </message>
    <message>
        <source>Common gaps</source>
        <translation>Common gaps</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Districts not meeting it</source>
        <translation>Districts not meeting it</translation>
    </message>
    <message>
        <source>{office}: the districts in round {year}</source>
        <translation>{office}: the districts in round {year}</translation>
    </message>
</context>
<context>
    <name>CityView</name>
    <message>
        <source>All dimensions</source>
        <translation>All dimensions</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>All districts</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Dimension {code}</source>
        <translation>Dimension {code}</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Find a district</source>
        <translation>Find a district</translation>
    </message>
    <message>
        <source>Legend:</source>
        <translation>Legend:</translation>
    </message>
    <message>
        <source>Mandatory for the next level and not met: {codes}</source>
        <translation>Mandatory for the next level and not met: {codes}</translation>
    </message>
    <message>
        <source>Mandatory missing</source>
        <translation>Mandatory missing</translation>
    </message>
    <message>
        <source>No level yet</source>
        <translation>No level yet</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>Not submitted</translation>
    </message>
    <message>
        <source>Nothing received</source>
        <translation>Nothing received</translation>
    </message>
    <message>
        <source>Only benchmarks mandatory for Silver</source>
        <translation>Only benchmarks mandatory for Silver</translation>
    </message>
    <message>
        <source>Projected level</source>
        <translation>Projected level</translation>
    </message>
    <message>
        <source>Projected: {level}</source>
        <translation>Projected: {level}</translation>
    </message>
    <message>
        <source>Score %</source>
        <translation>Score %</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>{code} {title}
Mandatory from {level}</source>
        <translation>{code} {title}
Mandatory from {level}</translation>
    </message>
    <message>
        <source>{district}, benchmark {code}: {status}</source>
        <translation>{district}, benchmark {code}: {status}</translation>
    </message>
    <message>
        <source>Catalog edition</source>
        <translation>Catalog edition</translation>
    </message>
    <message>
        <source>Made with the catalog edition {edition} {version}: {standing}</source>
        <translation>Made with the catalog edition {edition} {version}: {standing}</translation>
    </message>
</context>
<context>
    <name>DistrictView</name>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Evidence ({n})</source>
        <translation>Evidence ({n})</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Narrative</translation>
    </message>
    <message>
        <source>No actions planned.</source>
        <translation>No actions planned.</translation>
    </message>
    <message>
        <source>No evidence linked.</source>
        <translation>No evidence linked.</translation>
    </message>
    <message>
        <source>Nothing written.</source>
        <translation>Nothing written.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Open the signed checklist PDF</source>
        <translation>Open the signed checklist PDF</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>This bundle was sent without the checklist PDF.</source>
        <translation>This bundle was sent without the checklist PDF.</translation>
    </message>
    <message>
        <source>Used for {codes}</source>
        <translation>Used for {codes}</translation>
    </message>
    <message>
        <source>Why it does not apply</source>
        <translation>Why it does not apply</translation>
    </message>
    <message>
        <source>{district}: submission for round {year} (read-only)</source>
        <translation>{district}: submission for round {year} (read-only)</translation>
    </message>
    <message>
        <source>{n} KB</source>
        <translation>{n} KB</translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
    <message>
        <source>{n} bytes</source>
        <translation>{n} bytes</translation>
    </message>
    <message>
        <source>{state} · bundle {bundle} · received {received} · catalog {edition}</source>
        <translation>{state} · bundle {bundle} · received {received} · catalog {edition}</translation>
    </message>
    <message>
        <source>Catalog edition {edition} {version}: {standing}</source>
        <translation>Catalog edition {edition} {version}: {standing}</translation>
    </message>
</context>
<context>
    <name>OfficeWindow</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Choose bundle files, or drop them anywhere on this window.</source>
        <translation>Choose bundle files, or drop them anywhere on this window.</translation>
    </message>
    <message>
        <source>City report...</source>
        <translation>City report...</translation>
    </message>
    <message>
        <source>Districts that have not submitted</source>
        <translation>Districts that have not submitted</translation>
    </message>
    <message>
        <source>Districts that have not submitted (%n)</source>
        <translation>Districts that have not submitted (%n)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Export table...</source>
        <translation>Export table...</translation>
    </message>
    <message>
        <source>Export the city table</source>
        <translation>Export the city table</translation>
    </message>
    <message>
        <source>No gaps among the districts that submitted.</source>
        <translation>No gaps among the districts that submitted.</translation>
    </message>
    <message>
        <source>Nothing has been received from this district for this round.</source>
        <translation>Nothing has been received from this district for this round.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Printing the city report...</source>
        <translation>Printing the city report...</translation>
    </message>
    <message>
        <source>Receive bundles</source>
        <translation>Receive bundles</translation>
    </message>
    <message>
        <source>Receive bundles...</source>
        <translation>Receive bundles...</translation>
    </message>
    <message>
        <source>Receive the intake folder</source>
        <translation>Receive the intake folder</translation>
    </message>
    <message>
        <source>Received files</source>
        <translation>Received files</translation>
    </message>
    <message>
        <source>Receiving %v of %m files</source>
        <translation>Receiving %v of %m files</translation>
    </message>
    <message>
        <source>Receiving was cancelled.</source>
        <translation>Receiving was cancelled.</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>Round:</source>
        <translation>Round:</translation>
    </message>
    <message>
        <source>Save the city report</source>
        <translation>Save the city report</translation>
    </message>
    <message>
        <source>SealDesk: {office} (coordinating office)</source>
        <translation>SealDesk: {office} (coordinating office)</translation>
    </message>
    <message>
        <source>Still receiving the previous files.</source>
        <translation>Still receiving the previous files.</translation>
    </message>
    <message>
        <source>Submission bundles (*.zip);;All files (*)</source>
        <translation>Submission bundles (*.zip);;All files (*)</translation>
    </message>
    <message>
        <source>The benchmarks most districts fail</source>
        <translation>The benchmarks most districts fail</translation>
    </message>
    <message>
        <source>The intake folder</source>
        <translation>The intake folder</translation>
    </message>
    <message>
        <source>Wrote {path}.</source>
        <translation>Wrote {path}.</translation>
    </message>
    <message>
        <source>No new bundles in the intake folder.</source>
        <translation>No new bundles in the intake folder.</translation>
    </message>
    <message>
        <source>Stopped watching the intake folder.</source>
        <translation>Stopped watching the intake folder.</translation>
    </message>
    <message>
        <source>Take in every bundle saved into the intake folder while this window is open.</source>
        <translation>Take in every bundle saved into the intake folder while this window is open.</translation>
    </message>
    <message>
        <source>Watch it</source>
        <translation>Watch it</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message numerus="yes">
        <source>%n districts have not met {code} {title}</source>
        <translation>
            <numerusform>%n district has not met {code} {title}</numerusform>
            <numerusform>%n districts have not met {code} {title}</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Review...</source>
        <translation>&amp;Review...</translation>
    </message>
    <message>
        <source>Review the selected district&apos;s submission, benchmark by benchmark.</source>
        <translation>Review the selected district&apos;s submission, benchmark by benchmark.</translation>
    </message>
    <message>
        <source>{submitted} of {total} districts have submitted for round {year}; {confirmed} confirmed (accepted or final).</source>
        <translation>{submitted} of {total} districts have submitted for round {year}; {confirmed} confirmed (accepted or final).</translation>
    </message>
    <message>
        <source>Access log...</source>
        <translation>Access log...</translation>
    </message>
    <message>
        <source>Readers...</source>
        <translation>Readers...</translation>
    </message>
    <message>
        <source>Who may open personal data, and who opened it when</source>
        <translation>Who may open personal data, and who opened it when</translation>
    </message>
    <message>
        <source>Publish a catalog edition...</source>
        <translation>Publish a catalog edition...</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Opening the workspace {path}…</source>
        <translation>Opening the workspace {path}…</translation>
    </message>
</context>
<context>
    <name>BenchmarkPicker</name>
    <message>
        <source>Find a benchmark by code or words</source>
        <translation>Find a benchmark by code or words</translation>
    </message>
    <message>
        <source>Find a benchmark</source>
        <translation>Find a benchmark</translation>
    </message>
    <message>
        <source>Benchmarks to link</source>
        <translation>Benchmarks to link</translation>
    </message>
    <message>
        <source>{code} {title} (status: {status})</source>
        <translation>{code} {title} (status: {status})</translation>
    </message>
    <message>
        <source>Will be linked to: {codes}</source>
        <translation>Will be linked to: {codes}</translation>
    </message>
    <message>
        <source>No benchmark chosen: the files go into the library only.</source>
        <translation>No benchmark chosen: the files go into the library only.</translation>
    </message>
    <message>
        <source>Which benchmarks do they support?</source>
        <translation>Which benchmarks do they support?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Tick at least one benchmark first.</source>
        <translation>Tick at least one benchmark first.</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Add files</translation>
    </message>
    <message numerus="yes">
        <source>%n files will be added:</source>
        <translation>
            <numerusform>%n file will be added:</numerusform>
            <numerusform>%n files will be added:</numerusform>
        </translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>File scans</source>
        <translation>File scans</translation>
    </message>
    <message numerus="yes">
        <source>%n scans will be filed:</source>
        <translation>
            <numerusform>%n scan will be filed:</numerusform>
            <numerusform>%n scans will be filed:</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Marked not applicable: {codes}.</source>
        <translation>Marked not applicable: {codes}.</translation>
    </message>
    <message>
        <source>They contain &amp;personal data (names, ID numbers, complaints, health)</source>
        <translation>They contain &amp;personal data (names, ID numbers, complaints, health)</translation>
    </message>
    <message>
        <source>Files with personal data are sent encrypted to the office&apos;s readers and are never printed by name.</source>
        <translation>Files with personal data are sent encrypted to the office&apos;s readers and are never printed by name.</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <source>Document preview</source>
        <translation>Document preview</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Fit to the pane</source>
        <translation>Fit to the pane</translation>
    </message>
    <message>
        <source>Open in a window</source>
        <translation>Open in a window</translation>
    </message>
    <message numerus="yes">
        <source>Page {page} of %n</source>
        <translation>
            <numerusform>Page {page} of %n</numerusform>
            <numerusform>Page {page} of %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a document with a preview first.</source>
        <translation>Select a document with a preview first.</translation>
    </message>
    <message>
        <source>Show in a larger window</source>
        <translation>Show in a larger window</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>Not reviewed</source>
        <translation>Not reviewed</translation>
    </message>
    <message>
        <source>Meets</source>
        <translation>Meets</translation>
    </message>
    <message>
        <source>Partly meets</source>
        <translation>Partly meets</translation>
    </message>
    <message>
        <source>Does not meet</source>
        <translation>Does not meet</translation>
    </message>
    <message>
        <source>Evidence insufficient</source>
        <translation>Evidence insufficient</translation>
    </message>
    <message>
        <source>N/A agreed</source>
        <translation>N/A agreed</translation>
    </message>
</context>
<context>
    <name>FeedbackKind</name>
    <message>
        <source>Returned with feedback</source>
        <translation>Returned with feedback</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Accepted as final</source>
        <translation>Accepted as final</translation>
    </message>
</context>
<context>
    <name>Receipts</name>
    <message>
        <source>Write a &amp;receipt for the district...</source>
        <translation>Write a &amp;receipt for the district...</translation>
    </message>
    <message>
        <source>Bundles sent for this round</source>
        <translation>Bundles sent for this round</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Bundle</translation>
    </message>
    <message>
        <source>At City Hall</source>
        <translation>At City Hall</translation>
    </message>
    <message>
        <source>&amp;Import a receipt from City Hall...</source>
        <translation>&amp;Import a receipt from City Hall...</translation>
    </message>
    <message>
        <source>No receipt from City Hall yet</source>
        <translation>No receipt from City Hall yet</translation>
    </message>
    <message>
        <source>City Hall has received it (receipt of {date})</source>
        <translation>City Hall has received it (receipt of {date})</translation>
    </message>
    <message>
        <source>Import a receipt from City Hall</source>
        <translation>Import a receipt from City Hall</translation>
    </message>
    <message>
        <source>Receipts (*.txt);;All files (*)</source>
        <translation>Receipts (*.txt);;All files (*)</translation>
    </message>
    <message>
        <source>This receipt was imported before; nothing changed.</source>
        <translation>This receipt was imported before; nothing changed.</translation>
    </message>
    <message>
        <source>City Hall holds {bundles} bundles and {files} evidence files of this district for round {round}. A delta export now sends only what is new.</source>
        <translation>City Hall holds {bundles} bundles and {files} evidence files of this district for round {round}. A delta export now sends only what is new.</translation>
    </message>
    <message>
        <source>Save the receipt for the district</source>
        <translation>Save the receipt for the district</translation>
    </message>
    <message>
        <source>Sign the receipt</source>
        <translation>Sign the receipt</translation>
    </message>
    <message>
        <source>Passphrase of the office key:</source>
        <translation>Passphrase of the office key:</translation>
    </message>
    <message>
        <source>The receipt was written to {path}: {bundles} bundles and {files} evidence files. Send it to the district by any channel; it is signed.</source>
        <translation>The receipt was written to {path}: {bundles} bundles and {files} evidence files. Send it to the district by any channel; it is signed.</translation>
    </message>
    <message>
        <source>Send only what City Hall does not hold yet (by its latest receipt)</source>
        <translation>Send only what City Hall does not hold yet (by its latest receipt)</translation>
    </message>
    <message>
        <source>One file</source>
        <translation>One file</translation>
    </message>
    <message>
        <source>Email: parts of 15 MB</source>
        <translation>Email: parts of 15 MB</translation>
    </message>
    <message>
        <source>Chat app: parts of 50 MB</source>
        <translation>Chat app: parts of 50 MB</translation>
    </message>
    <message>
        <source>USB stick: parts of 4 GB at most</source>
        <translation>USB stick: parts of 4 GB at most</translation>
    </message>
    <message>
        <source>Send as:</source>
        <translation>Send as:</translation>
    </message>
    <message>
        <source>Import a receipt from City Hall first.</source>
        <translation>Import a receipt from City Hall first.</translation>
    </message>
    <message>
        <source>Write receipts for the districts just received...</source>
        <translation>Write receipts for the districts just received...</translation>
    </message>
    <message>
        <source>One signed receipt per district into a folder you choose: what City Hall holds, so the district can send only what is new.</source>
        <translation>One signed receipt per district into a folder you choose: what City Hall holds, so the district can send only what is new.</translation>
    </message>
    <message>
        <source>Folder for the receipts</source>
        <translation>Folder for the receipts</translation>
    </message>
    <message>
        <source>Sign the receipts</source>
        <translation>Sign the receipts</translation>
    </message>
    <message>
        <source>Writing the receipts...</source>
        <translation>Writing the receipts...</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n receipts into {folder}. Send each to its district by any channel; they are signed.</source>
        <translation>
            <numerusform>Wrote %n receipt into {folder}. Send it to its district by any channel; it is signed.</numerusform>
            <numerusform>Wrote %n receipts into {folder}. Send each to its district by any channel; they are signed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <source>The office&apos;s feedback</source>
        <translation>The office&apos;s feedback</translation>
    </message>
    <message>
        <source>Take int&amp;o action plan</source>
        <translation>Take int&amp;o action plan</translation>
    </message>
    <message>
        <source>{kind} on {date}: {verdict}</source>
        <translation>{kind} on {date}: {verdict}</translation>
    </message>
    <message>
        <source>It is in the action plan already.</source>
        <translation>It is in the action plan already.</translation>
    </message>
    <message>
        <source>Required action: {action}</source>
        <translation>Required action: {action}</translation>
    </message>
    <message>
        <source>Required action: {action} (due {due})</source>
        <translation>Required action: {action} (due {due})</translation>
    </message>
    <message>
        <source>Feedback to answer</source>
        <translation>Feedback to answer</translation>
    </message>
    <message>
        <source>What the office asked about and you have still to answer. Open a benchmark to change its status, narrative or evidence; the next bundle you export says which feedback it answers.</source>
        <translation>What the office asked about and you have still to answer. Open a benchmark to change its status, narrative or evidence; the next bundle you export says which feedback it answers.</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>In the action plan</source>
        <translation>In the action plan</translation>
    </message>
    <message>
        <source>&amp;Open the benchmark</source>
        <translation>&amp;Open the benchmark</translation>
    </message>
    <message>
        <source>&amp;Take into action plan</source>
        <translation>&amp;Take into action plan</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>No feedback from the office is open.</source>
        <translation>No feedback from the office is open.</translation>
    </message>
    <message>
        <source>Import the office&apos;s feedback</source>
        <translation>Import the office&apos;s feedback</translation>
    </message>
    <message>
        <source>Feedback files (*.zip);;All files (*)</source>
        <translation>Feedback files (*.zip);;All files (*)</translation>
    </message>
    <message>
        <source>This feedback file was imported before.</source>
        <translation>This feedback file was imported before.</translation>
    </message>
    <message>
        <source>Imported: {kind} from {office}, issued on {date}.</source>
        <translation>Imported: {kind} from {office}, issued on {date}.</translation>
    </message>
    <message>
        <source>Trust the office key?</source>
        <translation>Trust the office key?</translation>
    </message>
    <message>
        <source>If this file comes from your coordinating office, trust its key once from the office card it sent you, then the file is imported.</source>
        <translation>If this file comes from your coordinating office, trust its key once from the office card it sent you, then the file is imported.</translation>
    </message>
    <message>
        <source>The office card (trust the office key once)</source>
        <translation>The office card (trust the office key once)</translation>
    </message>
    <message>
        <source>Office cards and keys (*.txt *.pub);;All files (*)</source>
        <translation>Office cards and keys (*.txt *.pub);;All files (*)</translation>
    </message>
    <message>
        <source>Trust this office key?</source>
        <translation>Trust this office key?</translation>
    </message>
    <message>
        <source>{office}
Key fingerprint: {fingerprint}
Trust it only if the office gave you the same fingerprint on paper or on the phone.</source>
        <translation>{office}
Key fingerprint: {fingerprint}
Trust it only if the office gave you the same fingerprint on paper or on the phone.</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Review the submissions of round {year}</source>
        <translation>Review the submissions of round {year}</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>&amp;District:</translation>
    </message>
    <message>
        <source>Linked evidence</source>
        <translation>Linked evidence</translation>
    </message>
    <message>
        <source>Linked evidence (%n)</source>
        <translation>Linked evidence (%n)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Return with feedback...</source>
        <translation>Return with feedback...</translation>
    </message>
    <message>
        <source>Accept...</source>
        <translation>Accept...</translation>
    </message>
    <message>
        <source>Make final...</source>
        <translation>Make final...</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Ctrl+Shift+PgDown: next district; Ctrl+Shift+PgUp: previous district.</source>
        <translation>Ctrl+Shift+PgDown: next district; Ctrl+Shift+PgUp: previous district.</translation>
    </message>
    <message>
        <source>No district has sent a submission for this round yet.</source>
        <translation>No district has sent a submission for this round yet.</translation>
    </message>
    <message>
        <source>{done} of {total} benchmarks reviewed</source>
        <translation>{done} of {total} benchmarks reviewed</translation>
    </message>
    <message>
        <source>Write why in the comment; it is saved when you move on.</source>
        <translation>Write why in the comment; it is saved when you move on.</translation>
    </message>
    <message>
        <source>The verdict “{verdict}” needs a comment saying why.</source>
        <translation>The verdict “{verdict}” needs a comment saying why.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>That was the last benchmark of this district.</source>
        <translation>That was the last benchmark of this district.</translation>
    </message>
    <message>
        <source>Return the submission with feedback</source>
        <translation>Return the submission with feedback</translation>
    </message>
    <message>
        <source>Accept the submission</source>
        <translation>Accept the submission</translation>
    </message>
    <message>
        <source>Make the submission final</source>
        <translation>Make the submission final</translation>
    </message>
    <message>
        <source>The district receives every verdict, comment and required action, answers them and sends a new bundle.</source>
        <translation>The district receives every verdict, comment and required action, answers them and sends a new bundle.</translation>
    </message>
    <message>
        <source>The submission counts in the city&apos;s figures as confirmed; the district learns it from this file.</source>
        <translation>The submission counts in the city&apos;s figures as confirmed; the district learns it from this file.</translation>
    </message>
    <message>
        <source>The submission is locked: no verdict can be changed afterwards; the district learns it from this file.</source>
        <translation>The submission is locked: no verdict can be changed afterwards; the district learns it from this file.</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Choose...</translation>
    </message>
    <message>
        <source>Save the feedback file as:</source>
        <translation>Save the feedback file as:</translation>
    </message>
    <message>
        <source>&amp;Passphrase of the office key:</source>
        <translation>&amp;Passphrase of the office key:</translation>
    </message>
    <message>
        <source>&amp;Sign and save</source>
        <translation>&amp;Sign and save</translation>
    </message>
    <message>
        <source>Save the feedback file as</source>
        <translation>Save the feedback file as</translation>
    </message>
    <message>
        <source>Feedback files (*.zip)</source>
        <translation>Feedback files (*.zip)</translation>
    </message>
    <message>
        <source>Choose where to save the file and type the passphrase.</source>
        <translation>Choose where to save the file and type the passphrase.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written and nothing changed.</source>
        <translation>Cancelled: nothing was written and nothing changed.</translation>
    </message>
    <message>
        <source>Writing the feedback file...</source>
        <translation>Writing the feedback file...</translation>
    </message>
    <message>
        <source>The signed feedback file was written to {path}. Send it to the district.</source>
        <translation>The signed feedback file was written to {path}. Send it to the district.</translation>
    </message>
    <message>
        <source>Means of verification</source>
        <translation>Means of verification</translation>
    </message>
    <message>
        <source>The catalog lists none.</source>
        <translation>The catalog lists none.</translation>
    </message>
    <message>
        <source>The district&apos;s answer</source>
        <translation>The district&apos;s answer</translation>
    </message>
    <message>
        <source>Status changed from {before} to {after}.</source>
        <translation>Status changed from {before} to {after}.</translation>
    </message>
    <message>
        <source>The narrative changed:</source>
        <translation>The narrative changed:</translation>
    </message>
    <message>
        <source>In the whole bundle, evidence added: {added}; removed: {removed}.</source>
        <translation>In the whole bundle, evidence added: {added}; removed: {removed}.</translation>
    </message>
    <message>
        <source>Nothing changed in this benchmark.</source>
        <translation>Nothing changed in this benchmark.</translation>
    </message>
    <message>
        <source>What changed since the reviewed bundle</source>
        <translation>What changed since the reviewed bundle</translation>
    </message>
    <message>
        <source>{verdict} ({key})</source>
        <translation>{verdict} ({key})</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>Co&amp;mment:</translation>
    </message>
    <message>
        <source>Required ac&amp;tion:</source>
        <translation>Required ac&amp;tion:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Due:</translation>
    </message>
    <message>
        <source>On the reviewed bundle the office said: {verdict}.</source>
        <translation>On the reviewed bundle the office said: {verdict}.</translation>
    </message>
    <message>
        <source>Required action: {action}</source>
        <translation>Required action: {action}</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <source>The previous benchmark (Ctrl+PgUp)</source>
        <translation>The previous benchmark (Ctrl+PgUp)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <source>The next benchmark (Ctrl+PgDown); moving on saves.</source>
        <translation>The next benchmark (Ctrl+PgDown); moving on saves.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>{name} (new)</source>
        <translation>{name} (new)</translation>
    </message>
    <message>
        <source>Keep unchanged verdicts</source>
        <translation>Keep unchanged verdicts</translation>
    </message>
    <message>
        <source>Copies the verdicts given on the reviewed bundle to every benchmark the district did not change, so only what moved is left to review.</source>
        <translation>Copies the verdicts given on the reviewed bundle to every benchmark the district did not change, so only what moved is left to review.</translation>
    </message>
    <message>
        <source>Unchanged benchmarks whose verdict was kept: %n.</source>
        <translation>Unchanged benchmarks whose verdict was kept: %n.</translation>
    </message>
</context>
<context>
    <name>CatalogDiff</name>
    <message>
        <source>Changes from edition {old_edition} version {old_version} to edition {new_edition} version {new_version}.</source>
        <translation>Changes from edition {old_edition} version {old_version} to edition {new_edition} version {new_version}.</translation>
    </message>
    <message>
        <source>The two catalogs are the same text (SHA-256 {sha256}).</source>
        <translation>The two catalogs are the same text (SHA-256 {sha256}).</translation>
    </message>
    <message>
        <source>No benchmark was added, removed, renamed or changed; only other parts of the text differ.</source>
        <translation>No benchmark was added, removed, renamed or changed; only other parts of the text differ.</translation>
    </message>
    <message numerus="yes">
        <source>%n benchmarks added.</source>
        <translation>
            <numerusform>%n benchmark added.</numerusform>
            <numerusform>%n benchmarks added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n benchmarks removed.</source>
        <translation>
            <numerusform>%n benchmark removed.</numerusform>
            <numerusform>%n benchmarks removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n benchmarks renumbered.</source>
        <translation>
            <numerusform>%n benchmark renumbered.</numerusform>
            <numerusform>%n benchmarks renumbered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n benchmarks renamed.</source>
        <translation>
            <numerusform>%n benchmark renamed.</numerusform>
            <numerusform>%n benchmarks renamed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n benchmarks changed the levels they are mandatory for.</source>
        <translation>
            <numerusform>%n benchmark changed the levels it is mandatory for.</numerusform>
            <numerusform>%n benchmarks changed the levels they are mandatory for.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The descriptions or means of verification of %n benchmarks changed: {codes}.</source>
        <translation>
            <numerusform>The description or means of verification of %n benchmark changed: {codes}.</numerusform>
            <numerusform>The descriptions or means of verification of %n benchmarks changed: {codes}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Added benchmark {code}: {title}.</source>
        <translation>Added benchmark {code}: {title}.</translation>
    </message>
    <message>
        <source>Added benchmark {code}: {title}. It is mandatory from {level} up.</source>
        <translation>Added benchmark {code}: {title}. It is mandatory from {level} up.</translation>
    </message>
    <message>
        <source>Removed benchmark {code}: {title}.</source>
        <translation>Removed benchmark {code}: {title}.</translation>
    </message>
    <message>
        <source>Benchmark {old_code} is now numbered {new_code}: {title}.</source>
        <translation>Benchmark {old_code} is now numbered {new_code}: {title}.</translation>
    </message>
    <message>
        <source>Benchmark {code} is renamed from “{old}” to “{new}”.</source>
        <translation>Benchmark {code} is renamed from “{old}” to “{new}”.</translation>
    </message>
    <message>
        <source>Benchmark {code} ({title}) is now mandatory from {new} up; it was not mandatory before.</source>
        <translation>Benchmark {code} ({title}) is now mandatory from {new} up; it was not mandatory before.</translation>
    </message>
    <message>
        <source>Benchmark {code} ({title}) is no longer mandatory; it was mandatory from {old} up.</source>
        <translation>Benchmark {code} ({title}) is no longer mandatory; it was mandatory from {old} up.</translation>
    </message>
    <message>
        <source>Benchmark {code} ({title}) is now mandatory from {new} up; it was mandatory from {old} up.</source>
        <translation>Benchmark {code} ({title}) is now mandatory from {new} up; it was mandatory from {old} up.</translation>
    </message>
    <message>
        <source>The threshold for {level} changes from {old}% to {new}%.</source>
        <translation>The threshold for {level} changes from {old}% to {new}%.</translation>
    </message>
</context>
<context>
    <name>CatalogWorkbook</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Description (English)</source>
        <translation>Description (English)</translation>
    </message>
    <message>
        <source>Description (Thai)</source>
        <translation>Description (Thai)</translation>
    </message>
    <message>
        <source>Edition id: stays the same across revisions</source>
        <translation>Edition id: stays the same across revisions</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Kind of row</source>
        <translation>Kind of row</translation>
    </message>
    <message>
        <source>Mandatory for Bronze (yes/no)</source>
        <translation>Mandatory for Bronze (yes/no)</translation>
    </message>
    <message>
        <source>Mandatory for Gold (yes/no)</source>
        <translation>Mandatory for Gold (yes/no)</translation>
    </message>
    <message>
        <source>Mandatory for Silver (yes/no)</source>
        <translation>Mandatory for Silver (yes/no)</translation>
    </message>
    <message>
        <source>Means of verification (English, one a line)</source>
        <translation>Means of verification (English, one a line)</translation>
    </message>
    <message>
        <source>Means of verification (Thai, one a line)</source>
        <translation>Means of verification (Thai, one a line)</translation>
    </message>
    <message>
        <source>Note (English, optional)</source>
        <translation>Note (English, optional)</translation>
    </message>
    <message>
        <source>Note (Thai, optional)</source>
        <translation>Note (Thai, optional)</translation>
    </message>
    <message>
        <source>Score needed for Bronze (%)</source>
        <translation>Score needed for Bronze (%)</translation>
    </message>
    <message>
        <source>Score needed for Gold (%)</source>
        <translation>Score needed for Gold (%)</translation>
    </message>
    <message>
        <source>Score needed for Silver (%)</source>
        <translation>Score needed for Silver (%)</translation>
    </message>
    <message>
        <source>Status: template or official</source>
        <translation>Status: template or official</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>Title (English)</translation>
    </message>
    <message>
        <source>Title (Thai)</source>
        <translation>Title (Thai)</translation>
    </message>
    <message>
        <source>Title of the catalog (English)</source>
        <translation>Title of the catalog (English)</translation>
    </message>
    <message>
        <source>Title of the catalog (Thai)</source>
        <translation>Title of the catalog (Thai)</translation>
    </message>
    <message>
        <source>Valid from (a date such as 2024-10-01, optional)</source>
        <translation>Valid from (a date such as 2024-10-01, optional)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Version: changes with every revision</source>
        <translation>Version: changes with every revision</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>What it is</translation>
    </message>
    <message>
        <source>Workbook {file}, sheet {sheet}, cell {cell}: the formula's value was never computed, so the cell is read as empty; open and save the workbook in Excel or LibreOffice.</source>
        <translation>Workbook {file}, sheet {sheet}, cell {cell}: the formula's value was never computed, so the cell is read as empty; open and save the workbook in Excel or LibreOffice.</translation>
    </message>
    <message>
        <source>Workbook {file}, sheet {sheet}, row {row}: the field {field} is not known and is ignored.</source>
        <translation>Workbook {file}, sheet {sheet}, row {row}: the field {field} is not known and is ignored.</translation>
    </message>
    <message>
        <source>Export the catalog as a workbook</source>
        <translation>Export the catalog as a workbook</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>The catalog {edition} version {version} was written to {path}. Edit it in Excel or LibreOffice; 'sealdesk catalog from-xlsx' reads it back.</source>
        <translation>The catalog {edition} version {version} was written to {path}. Edit it in Excel or LibreOffice; 'sealdesk catalog from-xlsx' reads it back.</translation>
    </message>
</context>
<context>
    <name>Protected</name>
    <message>
        <source>{file} holds personal data. Opening it is recorded in the access log with the reader&apos;s name and the time.</source>
        <translation>{file} holds personal data. Opening it is recorded in the access log with the reader&apos;s name and the time.</translation>
    </message>
    <message>
        <source>Open protected personal data</source>
        <translation>Open protected personal data</translation>
    </message>
    <message>
        <source>Reader:</source>
        <translation>Reader:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>{title} (protected personal data)</source>
        <translation>{title} (protected personal data)</translation>
    </message>
    <message>
        <source>This copy is erased when this window closes. Do not save it elsewhere unless your work needs it.</source>
        <translation>This copy is erased when this window closes. Do not save it elsewhere unless your work needs it.</translation>
    </message>
    <message>
        <source>Open in another program</source>
        <translation>Open in another program</translation>
    </message>
    <message>
        <source>Close and erase the copy</source>
        <translation>Close and erase the copy</translation>
    </message>
    <message>
        <source>These files hold personal data. They travelled encrypted and stay encrypted here; only the office&apos;s readers can open them, with their passphrase.</source>
        <translation>These files hold personal data. They travelled encrypted and stay encrypted here; only the office&apos;s readers can open them, with their passphrase.</translation>
    </message>
    <message>
        <source>Open (needs your passphrase)</source>
        <translation>Open (needs your passphrase)</translation>
    </message>
    <message>
        <source>{file}: protected personal data, {size} bytes</source>
        <translation>{file}: protected personal data, {size} bytes</translation>
    </message>
    <message>
        <source>Used for {codes}</source>
        <translation>Used for {codes}</translation>
    </message>
    <message>
        <source>This office has no reader of personal data yet: add one with &apos;sealdesk office reader add&apos;.</source>
        <translation>This office has no reader of personal data yet: add one with &apos;sealdesk office reader add&apos;.</translation>
    </message>
    <message>
        <source>Unlocking and decrypting...</source>
        <translation>Unlocking and decrypting...</translation>
    </message>
    <message>
        <source>Protected ({n})</source>
        <translation>Protected ({n})</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>Viewed</translation>
    </message>
    <message>
        <source>Saved to a file</source>
        <translation>Saved to a file</translation>
    </message>
    <message>
        <source>Read the list of titles</source>
        <translation>Read the list of titles</translation>
    </message>
    <message>
        <source>Decrypted a file</source>
        <translation>Decrypted a file</translation>
    </message>
    <message>
        <source>Access log of personal data</source>
        <translation>Access log of personal data</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Reader</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Bundle</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <source>Every opening of protected personal data, newest first. Protected files are kept %n years after they are received, then erased with &apos;sealdesk office purge&apos;.</source>
        <translation>
            <numerusform>Every opening of protected personal data, newest first. Protected files are kept %n year after they are received, then erased with &apos;sealdesk office purge&apos;.</numerusform>
            <numerusform>Every opening of protected personal data, newest first. Protected files are kept %n years after they are received, then erased with &apos;sealdesk office purge&apos;.</numerusform>
        </translation>
    </message>
    <message>
        <source>No reader of this office can open it: it was encrypted for {names}. Ask the district to trust the office&apos;s current card and send it again.</source>
        <translation>No reader of this office can open it: it was encrypted for {names}. Ask the district to trust the office&apos;s current card and send it again.</translation>
    </message>
</context>
<context>
    <name>BackupProtect</name>
    <message>
        <source>&amp;Back up</source>
        <translation>&amp;Back up</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least {minimum} characters.</source>
        <translation>Choose a passphrase of at least {minimum} characters.</translation>
    </message>
    <message>
        <source>Encrypt the backup</source>
        <translation>Encrypt the backup</translation>
    </message>
    <message>
        <source>Only for an encrypted backup</source>
        <translation>Only for an encrypted backup</translation>
    </message>
    <message>
        <source>Pa&amp;ssphrase:</source>
        <translation>Pa&amp;ssphrase:</translation>
    </message>
    <message>
        <source>The same &amp;again:</source>
        <translation>The same &amp;again:</translation>
    </message>
    <message>
        <source>This workspace holds evidence marked as personal data, so the backup is encrypted with a passphrase. Keep the passphrase apart from the backup: without it the backup cannot be restored.</source>
        <translation>This workspace holds evidence marked as personal data, so the backup is encrypted with a passphrase. Keep the passphrase apart from the backup: without it the backup cannot be restored.</translation>
    </message>
    <message>
        <source>Type the same passphrase twice.</source>
        <translation>Type the same passphrase twice.</translation>
    </message>
    <message>
        <source>Write it unencrypted: anyone who copies the file can read the personal data</source>
        <translation>Write it unencrypted: anyone who copies the file can read the personal data</translation>
    </message>
</context>
<context>
    <name>Readers</name>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Add a reader of personal data</source>
        <translation>Add a reader of personal data</translation>
    </message>
    <message>
        <source>Add a reader...</source>
        <translation>Add a reader...</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Making the reader&apos;s key...</source>
        <translation>Making the reader&apos;s key...</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Only these people can open the personal data districts send. After adding or removing one, write the office card again and send it to the districts.</source>
        <translation>Only these people can open the personal data districts send. After adding or removing one, write the office card again and send it to the districts.</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Public key</translation>
    </message>
    <message>
        <source>Readers of personal data</source>
        <translation>Readers of personal data</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove the reader {name}? Their key is wiped; what was encrypted only for them can no longer be opened here.</source>
        <translation>Remove the reader {name}? Their key is wiped; what was encrypted only for them can no longer be opened here.</translation>
    </message>
    <message>
        <source>The reader chooses the passphrase and types it here; nobody else should know it. Without it, nobody can open what is encrypted for this reader.</source>
        <translation>The reader chooses the passphrase and types it here; nobody else should know it. Without it, nobody can open what is encrypted for this reader.</translation>
    </message>
    <message>
        <source>The same again:</source>
        <translation>The same again:</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>The coordinating office now uses the catalog edition {edition} {version}; this round uses {used}. Ask the office for the new edition file and import it.</source>
        <translation>The coordinating office now uses the catalog edition {edition} {version}; this round uses {used}. Ask the office for the new edition file and import it.</translation>
    </message>
</context>
<context>
    <name>CatalogEdition</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Catalog to publish</source>
        <translation>Catalog to publish</translation>
    </message>
    <message>
        <source>Catalogs (*.toml)</source>
        <translation>Catalogs (*.toml)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import a catalog edition</source>
        <translation>Import a catalog edition</translation>
    </message>
    <message>
        <source>Passphrase of the office&apos;s signing key:</source>
        <translation>Passphrase of the office&apos;s signing key:</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
    <message>
        <source>Publish a catalog edition</source>
        <translation>Publish a catalog edition</translation>
    </message>
    <message>
        <source>Published the catalog edition {edition} to {path}.</source>
        <translation>Published the catalog edition {edition} to {path}.</translation>
    </message>
    <message>
        <source>Round {round} uses {old}. The file holds {new}.</source>
        <translation>Round {round} uses {old}. The file holds {new}.</translation>
    </message>
    <message>
        <source>Save the signed edition as</source>
        <translation>Save the signed edition as</translation>
    </message>
    <message>
        <source>Signed by {office}, with its trusted office key {key_id}.</source>
        <translation>Signed by {office}, with its trusted office key {key_id}.</translation>
    </message>
    <message>
        <source>Signed with the trusted office key {key_id}.</source>
        <translation>Signed with the trusted office key {key_id}.</translation>
    </message>
    <message>
        <source>The districts now use {old}. Publishing makes {new} the office&apos;s current edition.</source>
        <translation>The districts now use {old}. Publishing makes {new} the office&apos;s current edition.</translation>
    </message>
    <message>
        <source>The edition is signed with the office key; districts that trust the office&apos;s card can import it, and submissions made with an older edition are flagged.</source>
        <translation>The edition is signed with the office key; districts that trust the office&apos;s card can import it, and submissions made with an older edition are flagged.</translation>
    </message>
    <message>
        <source>This catalog is not signed by the coordinating office: use it for practice only; pre-flight and the bundle will say so, and the office will mark the submission.</source>
        <translation>This catalog is not signed by the coordinating office: use it for practice only; pre-flight and the bundle will say so, and the office will mark the submission.</translation>
    </message>
    <message>
        <source>This round uses the catalog {edition}, which is not signed by the coordinating office: use it for practice only, and import the office&apos;s signed edition when it arrives.</source>
        <translation>This round uses the catalog {edition}, which is not signed by the coordinating office: use it for practice only, and import the office&apos;s signed edition when it arrives.</translation>
    </message>
    <message>
        <source>What changes:</source>
        <translation>What changes:</translation>
    </message>
    <message>
        <source>Practice catalog, not signed</source>
        <translation>Practice catalog, not signed</translation>
    </message>
    <message>
        <source>The office uses the catalog edition {edition}</source>
        <translation>The office uses the catalog edition {edition}</translation>
    </message>
</context>
</TS>
