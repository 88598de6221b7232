<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Component</source>
        <translation>ส่วนประกอบ</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>ใช้สำหรับ</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>สัญญาอนุญาต</translation>
    </message>
    <message>
        <source>Source code</source>
        <translation>ซอร์สโค้ด</translation>
    </message>
    <message>
        <source>Windows, printing and PDF preview</source>
        <translation>หน้าต่างโปรแกรม การพิมพ์ และการแสดงตัวอย่าง PDF</translation>
    </message>
    <message>
        <source>Programming language</source>
        <translation>ภาษาโปรแกรม</translation>
    </message>
    <message>
        <source>Workspace database</source>
        <translation>ฐานข้อมูลพื้นที่ทำงาน</translation>
    </message>
    <message>
        <source>PDF documents</source>
        <translation>เอกสาร PDF</translation>
    </message>
    <message>
        <source>Thai text shaping in PDFs</source>
        <translation>การจัดรูปอักษรไทยใน PDF</translation>
    </message>
    <message>
        <source>Thai word segmentation (word list: CC0-1.0)</source>
        <translation>การตัดคำภาษาไทย (รายการคำ: CC0-1.0)</translation>
    </message>
    <message>
        <source>Signing the submission bundle</source>
        <translation>การลงนามชุดข้อมูลที่ส่ง</translation>
    </message>
    <message>
        <source>The scanner folder</source>
        <translation>โฟลเดอร์รับไฟล์จากเครื่องสแกน</translation>
    </message>
    <message>
        <source>QR codes on printed sheets</source>
        <translation>คิวอาร์โค้ดบนเอกสารที่พิมพ์</translation>
    </message>
    <message>
        <source>Images in PDFs</source>
        <translation>รูปภาพใน PDF</translation>
    </message>
    <message>
        <source>Finding the user&apos;s data folder</source>
        <translation>การหาโฟลเดอร์ข้อมูลของผู้ใช้</translation>
    </message>
    <message>
        <source>Telling network drives from local disks</source>
        <translation>การแยกไดรฟ์เครือข่ายออกจากดิสก์ในเครื่อง</translation>
    </message>
    <message>
        <source>Used by Alembic</source>
        <translation>ใช้โดย Alembic</translation>
    </message>
    <message>
        <source>Unicode support inside Qt</source>
        <translation>การรองรับยูนิโค้ดภายใน Qt</translation>
    </message>
    <message>
        <source>SealDesk {version}</source>
        <translation>SealDesk รุ่น {version}</translation>
    </message>
    <message>
        <source>Prepares a district office&apos;s self-assessment for the Gender Equality Seal, offline.</source>
        <translation>โปรแกรมช่วยสำนักงานเขตเตรียมการประเมินตนเองเพื่อขอรับตรารับรองความเท่าเทียมทางเพศ ใช้งานได้โดยไม่ต้องเชื่อมต่ออินเทอร์เน็ต</translation>
    </message>
    <message>
        <source>Qt {qt}, Python {python}, {os}</source>
        <translation>Qt {qt}, Python {python}, {os}</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>แบบอักษร</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>ไลบรารี</translation>
    </message>
    <message>
        <source>SIL Open Font Licence 1.1</source>
        <translation>สัญญาอนุญาต SIL Open Font Licence 1.1</translation>
    </message>
    <message>
        <source>Sarabun, by the Sarabun Project Authors, under the SIL Open Font Licence 1.1 (full text below).</source>
        <translation>แบบอักษรสารบรรณ (Sarabun) โดยคณะผู้จัดทำโครงการ Sarabun ภายใต้สัญญาอนุญาต SIL Open Font Licence 1.1 (ข้อความฉบับเต็มอยู่ด้านล่าง)</translation>
    </message>
    <message>
        <source>Qt and PySide6 are used under the GNU LGPL version 3: their libraries are separate files in the installation folder and may be replaced with compatible versions built from the source code above.</source>
        <translation>โปรแกรมใช้ Qt และ PySide6 ภายใต้สัญญาอนุญาต GNU LGPL รุ่นที่ 3 ไลบรารีเหล่านี้เป็นไฟล์แยกอยู่ในโฟลเดอร์ที่ติดตั้งโปรแกรม และสามารถแทนที่ด้วยรุ่นที่เข้ากันได้ซึ่งสร้างจากซอร์สโค้ดข้างต้น</translation>
    </message>
    <message>
        <source>The full licence texts are in {folder}.</source>
        <translation>ข้อความสัญญาอนุญาตฉบับเต็มอยู่ในโฟลเดอร์ {folder}</translation>
    </message>
    <message>
        <source>About SealDesk</source>
        <translation>เกี่ยวกับ SealDesk</translation>
    </message>
    <message>
        <source>About</source>
        <translation>เกี่ยวกับโปรแกรม</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>สัญญาอนุญาต</translation>
    </message>
    <message>
        <source>DejaVu Sans Mono, for fingerprints in printed documents, under the Bitstream Vera licence (full text below).</source>
        <translation>DejaVu Sans Mono ใช้พิมพ์ลายนิ้วมือดิจิทัลในเอกสาร ภายใต้สัญญาอนุญาต Bitstream Vera (ข้อความเต็มอยู่ด้านล่าง)</translation>
    </message>
    <message>
        <source>Spreadsheets of the city table</source>
        <translation>ไฟล์ตารางคำนวณของตารางภาพรวมทั้งเมือง</translation>
    </message>
    <message>
        <source>Safe reading of spreadsheet XML</source>
        <translation>อ่านข้อมูล XML ในไฟล์ตารางคำนวณอย่างปลอดภัย</translation>
    </message>
    <message>
        <source>Encrypting personal data and backups (age format)</source>
        <translation>การเข้ารหัสข้อมูลส่วนบุคคลและข้อมูลสำรอง (รูปแบบ age)</translation>
    </message>
</context>
<context>
    <name>BenchmarkPage</name>
    <message>
        <source>This narrative is unusually long ({count} characters). Reviewers read a page or two; printing and export will take longer.</source>
        <translation>คำอธิบายนี้ยาวผิดปกติ ({count} ตัวอักษร) ผู้ตรวจประเมินมักอ่านเพียงหนึ่งถึงสองหน้า และการพิมพ์กับการส่งออกจะใช้เวลานานขึ้น</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>งานที่จะทำ</translation>
    </message>
    <message>
        <source>What will be done:</source>
        <translation>สิ่งที่จะทำ:</translation>
    </message>
    <message>
        <source>Who is responsible:</source>
        <translation>ผู้รับผิดชอบ:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>กำหนดเสร็จ:</translation>
    </message>
    <message>
        <source>Means of verification</source>
        <translation>หลักฐานที่ใช้ตรวจสอบ</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>ผลการประเมิน</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>สถานะ(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>เหตุผล(&amp;J):</translation>
    </message>
    <message>
        <source>Why this benchmark does not apply to the district office</source>
        <translation>เหตุใดเกณฑ์นี้จึงไม่เกี่ยวข้องกับสำนักงานเขต</translation>
    </message>
    <message>
        <source>Mark &amp;not applicable</source>
        <translation>บันทึกว่าไม่เกี่ยวข้อง(&amp;N)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <source>Na&amp;rrative (saved automatically)</source>
        <translation>คำอธิบายผลการดำเนินงาน(&amp;R) (บันทึกอัตโนมัติ)</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>คำอธิบายผลการดำเนินงาน</translation>
    </message>
    <message>
        <source>Describe what the district office does for this benchmark.</source>
        <translation>อธิบายสิ่งที่สำนักงานเขตดำเนินการตามเกณฑ์นี้</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>แผนการดำเนินงาน</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>เสร็จแล้ว</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>กำหนดเสร็จ</translation>
    </message>
    <message>
        <source>Add a&amp;ction...</source>
        <translation>เพิ่มงาน(&amp;C)...</translation>
    </message>
    <message>
        <source>E&amp;dit...</source>
        <translation>แก้ไข(&amp;D)...</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>ลบ(&amp;M)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>หลักฐาน</translation>
    </message>
    <message>
        <source>Evidence linked to this benchmark</source>
        <translation>หลักฐานที่เชื่อมโยงกับเกณฑ์นี้</translation>
    </message>
    <message>
        <source>Drag files here from the file manager.</source>
        <translation>ลากไฟล์จากหน้าต่างไฟล์มาวางที่นี่ได้</translation>
    </message>
    <message>
        <source>Add f&amp;iles...</source>
        <translation>เพิ่มไฟล์(&amp;I)...</translation>
    </message>
    <message>
        <source>Lin&amp;k a document from the library...</source>
        <translation>เชื่อมโยงเอกสารจากคลังหลักฐาน(&amp;K)...</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>ยกเลิกการเชื่อมโยง(&amp;U)</translation>
    </message>
    <message>
        <source>Mandatory for: {levels}</source>
        <translation>เกณฑ์บังคับสำหรับระดับ: {levels}</translation>
    </message>
    <message>
        <source>Not mandatory for any level</source>
        <translation>ไม่ใช่เกณฑ์บังคับของระดับใด</translation>
    </message>
    <message>
        <source>Write why this benchmark does not apply, then press “Mark not applicable”.</source>
        <translation>เขียนเหตุผลที่เกณฑ์นี้ไม่เกี่ยวข้อง แล้วกด “บันทึกว่าไม่เกี่ยวข้อง”</translation>
    </message>
    <message>
        <source>A justification is required for “Not applicable”.</source>
        <translation>ต้องระบุเหตุผลเมื่อเลือก “ไม่เกี่ยวข้อง”</translation>
    </message>
    <message>
        <source>Why it is only partially met or not met, and what is planned (the assessors read it)</source>
        <translation>เหตุผลที่ผ่านเพียงบางส่วนหรือไม่ผ่าน และสิ่งที่วางแผนจะทำ (ผู้ประเมินจะอ่านส่วนนี้)</translation>
    </message>
</context>
<context>
    <name>Bundle</name>
    <message>
        <source>There is no signing key; create one first.</source>
        <translation>ยังไม่มีกุญแจลงนาม กรุณาสร้างกุญแจก่อน</translation>
    </message>
    <message>
        <source>Benchmark {code} is marked met but has no evidence.</source>
        <translation>เกณฑ์ {code} ระบุว่าผ่านแล้ว แต่ยังไม่มีหลักฐาน</translation>
    </message>
    <message>
        <source>Benchmark {code} is marked not applicable without a justification.</source>
        <translation>เกณฑ์ {code} ระบุว่าไม่เกี่ยวข้อง แต่ไม่มีเหตุผล</translation>
    </message>
    <message>
        <source>Evidence {name} is linked to no benchmark and is left out.</source>
        <translation>หลักฐาน {name} ไม่ได้เชื่อมโยงกับเกณฑ์ใด จึงไม่ได้ใส่ไว้ในชุดข้อมูล</translation>
    </message>
    <message>
        <source>The stored file of evidence {name} is missing.</source>
        <translation>ไม่พบไฟล์ที่จัดเก็บไว้ของหลักฐาน {name}</translation>
    </message>
    <message>
        <source>The stored file of evidence {name} is damaged (wrong size).</source>
        <translation>ไฟล์ที่จัดเก็บไว้ของหลักฐาน {name} เสียหาย (ขนาดไม่ถูกต้อง)</translation>
    </message>
    <message>
        <source>The stored file of evidence {name} cannot be read.</source>
        <translation>ไม่สามารถอ่านไฟล์ที่จัดเก็บไว้ของหลักฐาน {name} ได้</translation>
    </message>
    <message>
        <source>Evidence {name} is large ({mib} MiB).</source>
        <translation>หลักฐาน {name} มีขนาดใหญ่ ({mib} MiB)</translation>
    </message>
    <message>
        <source>Evidence {name} expired on {date}.</source>
        <translation>หลักฐาน {name} หมดอายุเมื่อ {date}</translation>
    </message>
    <message>
        <source>The catalog {edition} is a template, not the official edition.</source>
        <translation>ชุดเกณฑ์ {edition} เป็นฉบับแม่แบบ ไม่ใช่ฉบับทางการ</translation>
    </message>
    <message>
        <source>The stored file of evidence {name} cannot be read: {error}.</source>
        <translation>ไม่สามารถอ่านไฟล์ที่จัดเก็บไว้ของหลักฐาน {name} ได้: {error}</translation>
    </message>
    <message>
        <source>The stored file of evidence {name} is damaged (hash differs).</source>
        <translation>ไฟล์ที่จัดเก็บไว้ของหลักฐาน {name} เสียหาย (ค่าแฮชไม่ตรงกัน)</translation>
    </message>
    <message>
        <source>The stored file of evidence {name} has changed since it was added (its fingerprint no longer matches).</source>
        <translation>ไฟล์ที่จัดเก็บไว้ของหลักฐาน {name} เปลี่ยนไปจากตอนที่เพิ่มเข้ามา (ลายนิ้วมือไฟล์ไม่ตรงกันแล้ว)</translation>
    </message>
    <message numerus="yes">
        <source>%n benchmarks are not started: {codes}.</source>
        <translation>
            <numerusform>ยังไม่ได้เริ่มประเมิน %n เกณฑ์: {codes}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n benchmarks partially met or not met give no reason: {codes}.</source>
        <translation>
            <numerusform>เกณฑ์ที่ผ่านบางส่วนหรือไม่ผ่าน %n เกณฑ์ยังไม่ได้ระบุเหตุผล: {codes}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n benchmarks mandatory for Bronze are not met: {codes}.</source>
        <translation>
            <numerusform>เกณฑ์บังคับของระดับทองแดง %n เกณฑ์ยังไม่ผ่าน: {codes}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n benchmarks mandatory for Silver are not met: {codes}.</source>
        <translation>
            <numerusform>เกณฑ์บังคับของระดับเงิน %n เกณฑ์ยังไม่ผ่าน: {codes}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n benchmarks mandatory for Gold are not met: {codes}.</source>
        <translation>
            <numerusform>เกณฑ์บังคับของระดับทอง %n เกณฑ์ยังไม่ผ่าน: {codes}</numerusform>
        </translation>
    </message>
    <message>
        <source>As it stands the round does not reach the level aimed at.</source>
        <translation>ผลการประเมินในตอนนี้ยังไม่ถึงระดับที่ตั้งเป้าไว้</translation>
    </message>
    <message>
        <source>The stored file of protected evidence {ref} cannot be read.</source>
        <translation>ไม่สามารถอ่านไฟล์ที่จัดเก็บไว้ของหลักฐานที่ได้รับการคุ้มครอง {ref} ได้</translation>
    </message>
    <message>
        <source>The stored file of protected evidence {ref} is damaged (hash differs).</source>
        <translation>ไฟล์ที่จัดเก็บไว้ของหลักฐานที่ได้รับการคุ้มครอง {ref} เสียหาย (ค่าแฮชไม่ตรงกัน)</translation>
    </message>
    <message>
        <source>Evidence marked as personal data is sent encrypted, and no trusted office card names the people allowed to read it; add the office&apos;s current card first.</source>
        <translation>หลักฐานที่ทำเครื่องหมายว่ามีข้อมูลส่วนบุคคลต้องส่งแบบเข้ารหัส แต่ยังไม่มีบัตรของศูนย์ประสานงานที่เชื่อถือใบใดระบุผู้มีสิทธิ์อ่าน กรุณาเพิ่มบัตรปัจจุบันของศูนย์ประสานงานก่อน</translation>
    </message>
    <message>
        <source>The catalog {edition} {version} is not signed by the coordinating office: use it for practice only; the office will mark this submission.</source>
        <translation>เกณฑ์ {edition} {version} ไม่ได้ลงนามโดยสำนักงานประสานงาน ใช้สำหรับฝึกซ้อมเท่านั้น สำนักงานจะทำเครื่องหมายการส่งครั้งนี้ไว้</translation>
    </message>
</context>
<context>
    <name>Bundles</name>
    <message>
        <source>Create the signing key</source>
        <translation>สร้างกุญแจลงนาม</translation>
    </message>
    <message>
        <source>The signing key proves that a bundle comes from this district office. Choose a passphrase of at least {minimum} characters and keep it safe.</source>
        <translation>กุญแจลงนามใช้ยืนยันว่าชุดข้อมูลมาจากสำนักงานเขตนี้ กรุณาตั้งรหัสผ่านอย่างน้อย {minimum} ตัวอักษรและเก็บรักษาไว้ให้ปลอดภัย</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>รหัสผ่าน(&amp;P):</translation>
    </message>
    <message>
        <source>The same &amp;again:</source>
        <translation>พิมพ์ซ้ำอีกครั้ง(&amp;A):</translation>
    </message>
    <message>
        <source>Creating the key...</source>
        <translation>กำลังสร้างกุญแจ...</translation>
    </message>
    <message>
        <source>Export the submission bundle</source>
        <translation>ส่งออกชุดข้อมูลสำหรับยื่นประเมิน</translation>
    </message>
    <message>
        <source>Before exporting:</source>
        <translation>ก่อนส่งออก:</translation>
    </message>
    <message>
        <source>Pre-flight checks</source>
        <translation>การตรวจสอบก่อนส่งออก</translation>
    </message>
    <message>
        <source>Create the signing key...</source>
        <translation>สร้างกุญแจลงนาม...</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>เลือก...</translation>
    </message>
    <message>
        <source>Save the bundle as:</source>
        <translation>บันทึกชุดข้อมูลเป็น:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>ส่งออก(&amp;E)</translation>
    </message>
    <message>
        <source>Print the &amp;cover sheet...</source>
        <translation>พิมพ์ใบปะหน้า(&amp;C)...</translation>
    </message>
    <message>
        <source>Everything is ready.</source>
        <translation>ทุกอย่างพร้อมแล้ว</translation>
    </message>
    <message>
        <source>Save the bundle as</source>
        <translation>บันทึกชุดข้อมูลเป็น</translation>
    </message>
    <message>
        <source>Bundles (*.zip)</source>
        <translation>ชุดข้อมูล (*.zip)</translation>
    </message>
    <message>
        <source>Writing the bundle...</source>
        <translation>กำลังสร้างชุดข้อมูล...</translation>
    </message>
    <message>
        <source>Verify a bundle</source>
        <translation>ตรวจสอบชุดข้อมูล</translation>
    </message>
    <message>
        <source>Bundle:</source>
        <translation>ชุดข้อมูล:</translation>
    </message>
    <message>
        <source>This workspace&apos;s own keys</source>
        <translation>กุญแจของพื้นที่ทำงานนี้</translation>
    </message>
    <message>
        <source>Trusted public key (.pub) or folder:</source>
        <translation>กุญแจสาธารณะที่เชื่อถือ (.pub) หรือโฟลเดอร์:</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>ตรวจสอบ(&amp;V)</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>ชุดข้อมูล</translation>
    </message>
    <message>
        <source>Trusted public key</source>
        <translation>กุญแจสาธารณะที่เชื่อถือ</translation>
    </message>
    <message>
        <source>Checking the bundle...</source>
        <translation>กำลังตรวจสอบชุดข้อมูล...</translation>
    </message>
    <message>
        <source>✔ The bundle is intact and signed by a trusted key.
District office: {district}
Round: {round}
Signed by key {key} at {time}
{evidence} evidence documents
Fingerprint: {fp}</source>
        <translation>✔ ชุดข้อมูลครบถ้วนและลงนามด้วยกุญแจที่เชื่อถือได้
สำนักงานเขต: {district}
รอบการประเมิน: {round}
ลงนามด้วยกุญแจ {key} เมื่อ {time}
หลักฐาน {evidence} รายการ
ลายนิ้วมือ: {fp}</translation>
    </message>
    <message>
        <source>The bundle {id} was written to {path}.
Print its cover sheet for the director to sign: it carries the whole fingerprint as text and as a QR code, so nothing needs copying by hand.
Short fingerprint, to read out on the phone: {short}
Whole fingerprint: {fp}</source>
        <translation>บันทึกชุดข้อมูล {id} ไว้ที่ {path} แล้ว
กรุณาพิมพ์ใบปะหน้าให้ผู้อำนวยการเขตลงนาม ใบปะหน้ามีลายนิ้วมือดิจิทัลครบถ้วนทั้งตัวอักษรและคิวอาร์โค้ด จึงไม่ต้องคัดลอกด้วยมือ
ลายนิ้วมือแบบสั้นสำหรับอ่านทางโทรศัพท์: {short}
ลายนิ้วมือเต็ม: {fp}</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>Stopped; nothing half-done was kept.</source>
        <translation>หยุดแล้ว ไม่มีงานที่ทำค้างไว้ครึ่งทางถูกบันทึก</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; nothing was lost. Details were written to {log}.</source>
        <translation>เกิดข้อผิดพลาดที่ไม่คาดคิด ข้อมูลไม่สูญหาย รายละเอียดถูกบันทึกไว้ใน {log}</translation>
    </message>
    <message>
        <source>Blockers (the bundle cannot be written):</source>
        <translation>ปัญหาที่ต้องแก้ (ยังสร้างชุดข้อมูลไม่ได้):</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>คำเตือน:</translation>
    </message>
    <message>
        <source>Passphrase of the signing key: </source>
        <translation>รหัสผ่านของกุญแจลงนาม: </translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>พิมพ์รหัสผ่านเดิมอีกครั้ง: </translation>
    </message>
    <message>
        <source>Warning: the key file {path} was left out: {reason}</source>
        <translation>คำเตือน: ไม่ได้ใช้ไฟล์กุญแจ {path}: {reason}</translation>
    </message>
    <message>
        <source>New passphrase for the signing key: </source>
        <translation>รหัสผ่านใหม่ของกุญแจลงนาม: </translation>
    </message>
    <message>
        <source>Created signing key {key_id}.</source>
        <translation>สร้างกุญแจลงนาม {key_id} แล้ว</translation>
    </message>
    <message>
        <source>Fingerprint: {fingerprint}</source>
        <translation>ลายนิ้วมือกุญแจ: {fingerprint}</translation>
    </message>
    <message>
        <source>Keep the passphrase safe: without it no bundle can be signed.</source>
        <translation>เก็บรหัสผ่านไว้ให้ปลอดภัย หากไม่มีรหัสผ่านจะลงนามชุดข้อมูลไม่ได้</translation>
    </message>
    <message>
        <source>Signing key {key_id}, created {created}</source>
        <translation>กุญแจลงนาม {key_id} สร้างเมื่อ {created}</translation>
    </message>
    <message>
        <source>Earlier key {key_id}, retired {retired}</source>
        <translation>กุญแจเดิม {key_id} เลิกใช้เมื่อ {retired}</translation>
    </message>
    <message>
        <source>Wrote public key {key_id} to {path}.</source>
        <translation>บันทึกกุญแจสาธารณะ {key_id} ไว้ที่ {path} แล้ว</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>เปลี่ยนรหัสผ่านแล้ว</translation>
    </message>
    <message>
        <source>Wrote bundle {path} ({files} files, signed by key {key_id}).</source>
        <translation>สร้างชุดข้อมูล {path} แล้ว ({files} ไฟล์ ลงนามด้วยกุญแจ {key_id})</translation>
    </message>
    <message>
        <source>Bundle id: {bundle_id}</source>
        <translation>รหัสชุดข้อมูล: {bundle_id}</translation>
    </message>
    <message>
        <source>Bundle fingerprint (SHA-256): {fingerprint}</source>
        <translation>ลายนิ้วมือชุดข้อมูล (SHA-256): {fingerprint}</translation>
    </message>
    <message>
        <source>The bundle is intact and signed by a trusted key.</source>
        <translation>ชุดข้อมูลครบถ้วนและลงนามด้วยกุญแจที่เชื่อถือได้</translation>
    </message>
    <message>
        <source>District: {code} {th} ({en})</source>
        <translation>เขต: {code} {th} ({en})</translation>
    </message>
    <message>
        <source>Round: {round}</source>
        <translation>รอบการประเมิน: {round}</translation>
    </message>
    <message>
        <source>Catalog: {edition}</source>
        <translation>ชุดเกณฑ์: {edition}</translation>
    </message>
    <message>
        <source>Signed by key {key_id} at {time}</source>
        <translation>ลงนามด้วยกุญแจ {key_id} เมื่อ {time}</translation>
    </message>
    <message>
        <source>{files} files, {evidence} evidence documents</source>
        <translation>{files} ไฟล์ หลักฐาน {evidence} รายการ</translation>
    </message>
    <message>
        <source>Note: the zip was re-packed after signing; its content is intact.</source>
        <translation>หมายเหตุ: ไฟล์ zip ถูกบีบอัดใหม่หลังลงนาม แต่เนื้อหายังครบถ้วน</translation>
    </message>
    <message>
        <source>Created the workspace of {district} for round {round} in {path}.</source>
        <translation>สร้างพื้นที่ทำงานของเขต{district} รอบ {round} ไว้ที่ {path} แล้ว</translation>
    </message>
    <message>
        <source>Round {round} started.</source>
        <translation>เริ่มรอบการประเมิน {round} แล้ว</translation>
    </message>
    <message>
        <source>Catalog changed from {old} to {new}.</source>
        <translation>เปลี่ยนชุดเกณฑ์จาก {old} เป็น {new} แล้ว</translation>
    </message>
    <message>
        <source>Kept {a} assessments and {l} evidence links.</source>
        <translation>คงผลการประเมิน {a} รายการ และการเชื่อมโยงหลักฐาน {l} รายการ</translation>
    </message>
    <message>
        <source>No longer in the catalog: the assessment of {code}.</source>
        <translation>ไม่อยู่ในชุดเกณฑ์แล้ว: ผลการประเมินของ {code}</translation>
    </message>
    <message>
        <source>No longer in the catalog: evidence {sha} linked to {code}.</source>
        <translation>ไม่อยู่ในชุดเกณฑ์แล้ว: หลักฐาน {sha} ที่เชื่อมโยงกับ {code}</translation>
    </message>
    <message>
        <source>Already stored: {name} ({sha}), now used by {links}.</source>
        <translation>มีอยู่แล้ว: {name} ({sha}) ขณะนี้ใช้กับ {links}</translation>
    </message>
    <message>
        <source>Added {name} ({sha}), used by {links}.</source>
        <translation>เพิ่ม {name} ({sha}) แล้ว ใช้กับ {links}</translation>
    </message>
    <message>
        <source>no benchmark yet</source>
        <translation>ยังไม่เชื่อมโยงกับเกณฑ์ใด</translation>
    </message>
    <message>
        <source>{name} now supports: {links}.</source>
        <translation>{name} ขณะนี้ใช้เป็นหลักฐานของ: {links}</translation>
    </message>
    <message>
        <source>no benchmark</source>
        <translation>ไม่มีเกณฑ์</translation>
    </message>
    <message>
        <source>Overall: {percent:.1f} % of {applicable} applicable benchmarks.</source>
        <translation>ภาพรวม: {percent:.1f} % จากเกณฑ์ที่เกี่ยวข้อง {applicable} ข้อ</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ยังไม่ถึงระดับใด</translation>
    </message>
    <message>
        <source>Projected level: {level}.</source>
        <translation>ระดับที่คาดว่าจะได้: {level}</translation>
    </message>
    <message>
        <source>For {level} ({threshold} %):</source>
        <translation>สำหรับระดับ{level} ({threshold} %):</translation>
    </message>
    <message>
        <source>mandatory, not met: {code} {title}</source>
        <translation>เกณฑ์บังคับที่ยังไม่ผ่าน: {code} {title}</translation>
    </message>
    <message>
        <source>and {n} more benchmarks met</source>
        <translation>และต้องผ่านเกณฑ์เพิ่มอีก {n} ข้อ</translation>
    </message>
    <message>
        <source>Everything checked out: the database and every evidence file.</source>
        <translation>ตรวจสอบแล้วเรียบร้อย ทั้งฐานข้อมูลและไฟล์หลักฐานทุกไฟล์</translation>
    </message>
    <message>
        <source>Backup written to {file}.</source>
        <translation>สำรองข้อมูลไว้ที่ {file} แล้ว</translation>
    </message>
    <message>
        <source>Restored the workspace of {district} into {path}.</source>
        <translation>กู้คืนพื้นที่ทำงานของเขต{district} ไว้ที่ {path} แล้ว</translation>
    </message>
    <message>
        <source>the text has bytes that are not UTF-8; type it again as UTF-8 text</source>
        <translation>ข้อความมีไบต์ที่ไม่ใช่ UTF-8 กรุณาพิมพ์ใหม่เป็นข้อความ UTF-8</translation>
    </message>
    <message>
        <source>the value contains control characters or line breaks</source>
        <translation>ค่านี้มีอักขระควบคุมหรือการขึ้นบรรทัดใหม่</translation>
    </message>
    <message>
        <source>the value is too long (at most {limit} characters)</source>
        <translation>ค่านี้ยาวเกินไป (ไม่เกิน {limit} ตัวอักษร)</translation>
    </message>
    <message>
        <source>expected a whole number from {low} to {high}</source>
        <translation>ต้องเป็นจำนวนเต็มตั้งแต่ {low} ถึง {high}</translation>
    </message>
    <message>
        <source>expected a Buddhist-Era year from {low} to {high}, for example {example}</source>
        <translation>ต้องเป็นปีพุทธศักราชตั้งแต่ {low} ถึง {high} เช่น {example}</translation>
    </message>
    <message>
        <source>expected a number of seconds from {low} to {high}</source>
        <translation>ต้องเป็นจำนวนวินาทีตั้งแต่ {low} ถึง {high}</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD, for example 2024-07-09</source>
        <translation>ต้องระบุวันที่เป็น ปปปป-ดด-วว (ค.ศ.) เช่น 2024-07-09</translation>
    </message>
    <message>
        <source>expected a file or folder name, not empty text</source>
        <translation>ต้องระบุชื่อไฟล์หรือโฟลเดอร์ ห้ามเว้นว่าง</translation>
    </message>
    <message>
        <source>the name is too long for the file system ({reason})</source>
        <translation>ชื่อยาวเกินกว่าที่ระบบไฟล์รองรับ ({reason})</translation>
    </message>
    <message>
        <source>{path}: the home folder it names cannot be found</source>
        <translation>{path}: ไม่พบโฟลเดอร์หลักของผู้ใช้ที่ระบุ</translation>
    </message>
    <message>
        <source>{path} is not a folder</source>
        <translation>{path} ไม่ใช่โฟลเดอร์</translation>
    </message>
    <message>
        <source>Already stored: {name} ({sha}).</source>
        <translation>มีอยู่แล้ว: {name} ({sha})</translation>
    </message>
    <message>
        <source>Imported {name} ({sha}); suggested benchmark {code}.</source>
        <translation>นำเข้า {name} ({sha}) แล้ว เกณฑ์ที่แนะนำ {code}</translation>
    </message>
    <message>
        <source>Imported {name} ({sha}).</source>
        <translation>นำเข้า {name} ({sha}) แล้ว</translation>
    </message>
    <message>
        <source>Could not import {name}: {reason} (moved to {folder})</source>
        <translation>นำเข้า {name} ไม่ได้: {reason} (ย้ายไปไว้ที่ {folder})</translation>
    </message>
    <message>
        <source>Still changing, left for next time: {name}</source>
        <translation>ไฟล์ยังเปลี่ยนแปลงอยู่ จะนำเข้าในครั้งถัดไป: {name}</translation>
    </message>
    <message>
        <source>{imported} imported, {duplicates} already stored, {failed} failed.</source>
        <translation>นำเข้า {imported} ไฟล์ มีอยู่แล้ว {duplicates} ไฟล์ ไม่สำเร็จ {failed} ไฟล์</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>กด Ctrl+C เพื่อหยุด</translation>
    </message>
    <message>
        <source>imported files will be deleted</source>
        <translation>ไฟล์ที่นำเข้าแล้วจะถูกลบ</translation>
    </message>
    <message>
        <source>imported files will be moved to {folder}</source>
        <translation>ไฟล์ที่นำเข้าแล้วจะถูกย้ายไปที่ {folder}</translation>
    </message>
    <message>
        <source>Inbox folder: {folder} ({after}).</source>
        <translation>โฟลเดอร์รับไฟล์: {folder} ({after})</translation>
    </message>
    <message>
        <source>{sha}  {name}  (suggested: {code})</source>
        <translation>{sha}  {name}  (แนะนำ: {code})</translation>
    </message>
    <message>
        <source>Nothing is waiting to be filed.</source>
        <translation>ไม่มีไฟล์รอจัดเก็บ</translation>
    </message>
    <message numerus="yes">
        <source>Wrote {path} (%n pages).</source>
        <translation>
            <numerusform>สร้าง {path} แล้ว (%n หน้า)</numerusform>
        </translation>
    </message>
    <message>
        <source>Projected level: not yet Bronze.</source>
        <translation>ระดับที่คาดว่าจะได้: ยังไม่ถึงระดับทองแดง</translation>
    </message>
    <message>
        <source>Ready to submit: nothing to fix or confirm.</source>
        <translation>พร้อมส่งแล้ว: ไม่มีสิ่งที่ต้องแก้ไขหรือยืนยัน</translation>
    </message>
    <message>
        <source>Created the workspace of the office {name} in {path}.</source>
        <translation>สร้างพื้นที่ทำงานของสำนักงาน {name} ไว้ที่ {path} แล้ว</translation>
    </message>
    <message>
        <source>Enrolled key {key_id} for district {district}.</source>
        <translation>ลงทะเบียนกุญแจ {key_id} ของเขต {district} แล้ว</translation>
    </message>
    <message>
        <source>Is this the fingerprint on the district&apos;s signed sheet?</source>
        <translation>ลายนิ้วมือนี้ตรงกับแผ่นที่เขตลงนามมาหรือไม่ (ตอบ yes หรือ ใช่)</translation>
    </message>
    <message>
        <source>Is this the fingerprint the office gave you?</source>
        <translation>ลายนิ้วมือนี้ตรงกับที่สำนักงานแจ้งไว้หรือไม่ (ตอบ yes หรือ ใช่)</translation>
    </message>
    <message>
        <source>Key id: {key_id}</source>
        <translation>รหัสกุญแจ: {key_id}</translation>
    </message>
    <message>
        <source>No district key is enrolled yet.</source>
        <translation>ยังไม่มีกุญแจของเขตใดลงทะเบียนไว้</translation>
    </message>
    <message>
        <source>No office key is trusted yet.</source>
        <translation>ยังไม่มีกุญแจของสำนักงานที่เชื่อถือ</translation>
    </message>
    <message>
        <source>Nothing is in quarantine.</source>
        <translation>ไม่มีแฟ้มที่ถูกกักไว้</translation>
    </message>
    <message>
        <source>Office: {name}</source>
        <translation>สำนักงาน: {name}</translation>
    </message>
    <message>
        <source>Revoked key {key_id} of district {district}.</source>
        <translation>เพิกถอนกุญแจ {key_id} ของเขต {district} แล้ว</translation>
    </message>
    <message>
        <source>This district no longer trusts the office key {key_id}.</source>
        <translation>เขตนี้เลิกเชื่อถือกุญแจสำนักงาน {key_id} แล้ว</translation>
    </message>
    <message>
        <source>Trusted the office key {key_id}.</source>
        <translation>เชื่อถือกุญแจสำนักงาน {key_id} แล้ว</translation>
    </message>
    <message>
        <source>Wrote the office card to {path}.</source>
        <translation>บันทึกบัตรสำนักงานไว้ที่ {path} แล้ว</translation>
    </message>
    <message>
        <source>Wrote the trust list to {path}. Keys on it: {count}.</source>
        <translation>บันทึกรายการกุญแจที่เชื่อถือไว้ที่ {path} แล้ว จำนวนกุญแจ: {count}</translation>
    </message>
    <message>
        <source>enrolled {date}</source>
        <translation>ลงทะเบียนเมื่อ {date}</translation>
    </message>
    <message>
        <source>revoked {date}: {reason}</source>
        <translation>เพิกถอนเมื่อ {date}: {reason}</translation>
    </message>
    <message>
        <source>{office}: round {round}, {sent} of {total} districts sent a bundle.</source>
        <translation>{office}: รอบ {round} ส่งชุดข้อมูลแล้ว {sent} จาก {total} เขต</translation>
    </message>
    <message>
        <source>Restored the coordinating office&apos;s workspace into {path}.</source>
        <translation>กู้คืนพื้นที่ทำงานของสำนักงานผู้ประสานงานไว้ที่ {path} แล้ว</translation>
    </message>
    <message>
        <source>Wrote {path} ({rows} districts, round {round}).</source>
        <translation>เขียนไฟล์ {path} แล้ว ({rows} เขต รอบการประเมินปี {round})</translation>
    </message>
    <message>
        <source>Discarded {name}: kept in {path}</source>
        <translation>ทิ้ง {name} แล้ว: เก็บสำรองไว้ที่ {path}</translation>
    </message>
    <message>
        <source>Filed {name} under {codes}.</source>
        <translation>จัดเก็บ {name} ไว้ในเกณฑ์ {codes} แล้ว</translation>
    </message>
    <message>
        <source>No scan has been discarded.</source>
        <translation>ไม่มีเอกสารสแกนที่ถูกทิ้ง</translation>
    </message>
    <message>
        <source>Restored {name}: it is waiting to be filed again.</source>
        <translation>นำ {name} กลับมาแล้ว: เอกสารรอจัดเก็บอีกครั้ง</translation>
    </message>
    <message numerus="yes">
        <source>Backup written to {file}, but %n items listed above are damaged or missing and are not in it.</source>
        <translation>
            <numerusform>สำรองข้อมูลไว้ที่ {file} แล้ว แต่ %n รายการข้างต้นเสียหายหรือหายไป จึงไม่ได้อยู่ในไฟล์สำรอง</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence files listed above could not be restored; &apos;sealdesk check&apos; will list them too.</source>
        <translation>
            <numerusform>กู้คืนไฟล์หลักฐาน %n ไฟล์ข้างต้นไม่ได้ คำสั่ง &apos;sealdesk check&apos; จะแสดงรายการเดียวกันนี้</numerusform>
        </translation>
    </message>
    <message>
        <source>District {district}, benchmark {code}: {verdict}.</source>
        <translation>เขต {district} ตัวชี้วัด {code}: {verdict}</translation>
    </message>
    <message>
        <source>Reviewed {reviewed} of {total} benchmarks; state: {state}.</source>
        <translation>พิจารณาแล้ว {reviewed} จาก {total} ตัวชี้วัด สถานะ: {state}</translation>
    </message>
    <message>
        <source>Returned the submission of district {district} with feedback: {path}</source>
        <translation>ส่งเอกสารของเขต {district} กลับพร้อมข้อเสนอแนะแล้ว: {path}</translation>
    </message>
    <message>
        <source>Accepted the submission of district {district}; feedback file: {path}</source>
        <translation>รับรองเอกสารของเขต {district} แล้ว ไฟล์ผลการพิจารณา: {path}</translation>
    </message>
    <message>
        <source>The submission of district {district} is final; feedback file: {path}</source>
        <translation>เอกสารของเขต {district} เป็นฉบับสุดท้ายแล้ว ไฟล์ผลการพิจารณา: {path}</translation>
    </message>
    <message>
        <source>Send this file to the district.</source>
        <translation>ส่งไฟล์นี้ให้สำนักงานเขต</translation>
    </message>
    <message>
        <source>No bundle was received for this round yet.</source>
        <translation>ยังไม่ได้รับชุดข้อมูลของรอบนี้</translation>
    </message>
    <message>
        <source>This feedback ({feedback_id}) was imported before; nothing changed.</source>
        <translation>นำเข้าผลการพิจารณานี้ ({feedback_id}) ไว้แล้ว ไม่มีสิ่งใดเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Imported the office&apos;s feedback {feedback_id}: {kind}, round {round}.</source>
        <translation>นำเข้าผลการพิจารณาของสำนักงานผู้ประสานงาน {feedback_id} แล้ว: {kind} รอบ {round}</translation>
    </message>
    <message>
        <source>Feedback {feedback_id} from {office}: {kind}, round {round}, issued {date}.</source>
        <translation>ผลการพิจารณา {feedback_id} จาก {office}: {kind} รอบ {round} ออกเมื่อ {date}</translation>
    </message>
    <message>
        <source>Required action: {action} (due {due})</source>
        <translation>สิ่งที่ต้องดำเนินการ: {action} (กำหนดเสร็จ {due})</translation>
    </message>
    <message>
        <source>No feedback has been received yet.</source>
        <translation>ยังไม่ได้รับผลการพิจารณา</translation>
    </message>
    <message>
        <source>Still to answer: {codes}</source>
        <translation>ยังต้องชี้แจง: {codes}</translation>
    </message>
    <message>
        <source>Delta bundle: {count} files City Hall holds were left out (fetch.txt).</source>
        <translation>ชุดข้อมูลส่วนเพิ่ม: ไม่ได้ใส่ไฟล์ที่ศาลาว่าการมีอยู่แล้ว {count} ไฟล์ (ระบุไว้ใน fetch.txt)</translation>
    </message>
    <message>
        <source>Written in {count} parts; send them all with the part list {path}.</source>
        <translation>เขียนเป็น {count} ส่วนแล้ว ส่งทุกส่วนพร้อมรายการส่วน {path}</translation>
    </message>
    <message>
        <source>This receipt was imported before; nothing changed.</source>
        <translation>นำเข้าใบตอบรับนี้ไว้แล้ว ไม่มีการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Imported the receipt for round {round}: City Hall holds {bundles} bundles and {files} evidence files of this district.</source>
        <translation>นำเข้าใบตอบรับของรอบ {round} แล้ว: ศาลาว่าการมีชุดข้อมูลของเขตนี้ {bundles} ชุด และไฟล์เอกสารหลักฐาน {files} ไฟล์</translation>
    </message>
    <message>
        <source>Wrote the receipt for district {district}, round {round} to {path}: {bundles} bundles, {files} evidence files.</source>
        <translation>เขียนใบตอบรับของเขต {district} รอบ {round} ไว้ที่ {path} แล้ว: ชุดข้อมูล {bundles} ชุด ไฟล์เอกสารหลักฐาน {files} ไฟล์</translation>
    </message>
    <message numerus="yes">
        <source>Wrote {path}: catalog {edition} version {version}, %n benchmarks.</source>
        <translation>
            <numerusform>เขียน {path} แล้ว: ชุดเกณฑ์ {edition} ฉบับ {version} มี %n เกณฑ์</numerusform>
        </translation>
    </message>
    <message>
        <source>Added the reader {name}; recipient {recipient}.</source>
        <translation>เพิ่มผู้มีสิทธิ์อ่าน {name} แล้ว คีย์สาธารณะสำหรับเข้ารหัส {recipient}</translation>
    </message>
    <message>
        <source>Decrypted to {path} ({size} bytes); the opening is in the access log.</source>
        <translation>ถอดรหัสไปที่ {path} แล้ว ({size} ไบต์) การเปิดครั้งนี้บันทึกไว้ในบันทึกการเข้าถึงแล้ว</translation>
    </message>
    <message>
        <source>No protected file was opened yet.</source>
        <translation>ยังไม่มีการเปิดไฟล์ที่ได้รับการคุ้มครอง</translation>
    </message>
    <message>
        <source>No reader of personal data yet.</source>
        <translation>ยังไม่มีผู้มีสิทธิ์อ่านข้อมูลส่วนบุคคล</translation>
    </message>
    <message>
        <source>Passphrase of the reader: </source>
        <translation>รหัสผ่านของผู้มีสิทธิ์อ่าน: </translation>
    </message>
    <message>
        <source>Removed the reader {name}; their key is wiped. Write the office card again.</source>
        <translation>นำผู้มีสิทธิ์อ่าน {name} ออกแล้ว และลบกุญแจของผู้นั้นทิ้งแล้ว กรุณาออกบัตรสำนักงานใหม่</translation>
    </message>
    <message>
        <source>The office holds no protected evidence.</source>
        <translation>สำนักงานไม่มีเอกสารหลักฐานที่ได้รับการคุ้มครอง</translation>
    </message>
    <message>
        <source>Write the office card again (sealdesk office card) and send it to the districts.</source>
        <translation>กรุณาออกบัตรสำนักงานใหม่ (sealdesk office card) แล้วส่งให้สำนักงานเขต</translation>
    </message>
    <message>
        <source>Wrote the erasure report to {path}.</source>
        <translation>บันทึกรายงานการลบข้อมูลไว้ที่ {path} แล้ว</translation>
    </message>
    <message>
        <source>Wrote the reader&apos;s key, locked by their passphrase, to {path}.</source>
        <translation>บันทึกกุญแจของผู้มีสิทธิ์อ่าน (ล็อกด้วยรหัสผ่านของผู้นั้น) ไว้ที่ {path} แล้ว</translation>
    </message>
    <message>
        <source>added {date}</source>
        <translation>เพิ่มเมื่อ {date}</translation>
    </message>
    <message>
        <source>erased {date}</source>
        <translation>ลบแล้วเมื่อ {date}</translation>
    </message>
    <message>
        <source>protected</source>
        <translation>ได้รับการคุ้มครอง</translation>
    </message>
    <message>
        <source>removed {date}</source>
        <translation>นำออกเมื่อ {date}</translation>
    </message>
    <message numerus="yes">
        <source>Protected evidence is kept %n years after it is received; now that means what was received before {date}.</source>
        <translation>
            <numerusform>เก็บเอกสารหลักฐานที่ได้รับการคุ้มครองไว้ %n ปีนับจากวันที่ได้รับ ขณะนี้หมายถึงเอกสารที่ได้รับก่อนวันที่ {date}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erased %n protected files received before {date}.</source>
        <translation>
            <numerusform>ลบไฟล์ที่ได้รับการคุ้มครองซึ่งได้รับก่อนวันที่ {date} แล้ว %n ไฟล์</numerusform>
        </translation>
    </message>
    <message>
        <source>Erasure report written to {file}.</source>
        <translation>บันทึกรายงานการลบข้อมูลไว้ที่ {file} แล้ว</translation>
    </message>
    <message>
        <source>Evidence {id} is marked as containing personal data.</source>
        <translation>ทำเครื่องหมายหลักฐาน {id} ว่ามีข้อมูลส่วนบุคคลแล้ว</translation>
    </message>
    <message>
        <source>Evidence {id} is no longer marked as containing personal data.</source>
        <translation>หลักฐาน {id} ไม่ได้ทำเครื่องหมายว่ามีข้อมูลส่วนบุคคลอีกต่อไป</translation>
    </message>
    <message>
        <source>Passphrase of the backup: </source>
        <translation>รหัสผ่านของไฟล์สำรองข้อมูล: </translation>
    </message>
    <message>
        <source>Passphrase to encrypt the backup with: </source>
        <translation>รหัสผ่านสำหรับเข้ารหัสไฟล์สำรองข้อมูล: </translation>
    </message>
    <message numerus="yes">
        <source>Erased %n documents marked as personal data, added before {before}.</source>
        <translation>
            <numerusform>ลบเอกสารที่ทำเครื่องหมายว่ามีข้อมูลส่วนบุคคลซึ่งเพิ่มเข้ามาก่อน {before} แล้ว %n รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase %n documents marked as personal data, for good? They cannot be restored except from an earlier backup.</source>
        <translation>
            <numerusform>ลบเอกสารที่ทำเครื่องหมายว่ามีข้อมูลส่วนบุคคล %n รายการอย่างถาวรหรือไม่ เอกสารเหล่านี้จะกู้คืนไม่ได้ ยกเว้นจากไฟล์สำรองข้อมูลที่ทำไว้ก่อนหน้า</numerusform>
        </translation>
    </message>
    <message>
        <source>protected; no reader of this office can open it</source>
        <translation>ได้รับการคุ้มครอง แต่ผู้มีสิทธิ์อ่านของสำนักงานนี้ไม่มีผู้ใดเปิดได้</translation>
    </message>
    <message>
        <source>Catalog fingerprint (SHA-256): {fingerprint}</source>
        <translation>ลายนิ้วมือของเกณฑ์ (SHA-256): {fingerprint}</translation>
    </message>
    <message>
        <source>Published the catalog edition {edition} {version} to {path}.</source>
        <translation>เผยแพร่เกณฑ์ฉบับ {edition} {version} ไว้ที่ {path} แล้ว</translation>
    </message>
    <message>
        <source>Signed by the office key {key_id}.</source>
        <translation>ลงนามด้วยกุญแจสำนักงาน {key_id}</translation>
    </message>
    <message>
        <source>Signed by the trusted office key {key_id}.</source>
        <translation>ลงนามด้วยกุญแจสำนักงานที่เชื่อถือ {key_id}</translation>
    </message>
    <message>
        <source>This catalog is not signed by the coordinating office: use it for practice only; pre-flight and the bundle will say so.</source>
        <translation>เกณฑ์นี้ไม่ได้ลงนามโดยสำนักงานประสานงาน ใช้สำหรับฝึกซ้อมเท่านั้น การตรวจก่อนส่งและชุดข้อมูลจะระบุไว้</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Code</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>เกณฑ์</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>หลักฐาน</translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation>บังคับ</translation>
    </message>
    <message>
        <source>Mandatory for: {levels}</source>
        <translation>เกณฑ์บังคับสำหรับระดับ: {levels}</translation>
    </message>
    <message>
        <source>Mandatory for the level aimed at</source>
        <translation>เกณฑ์บังคับของระดับเป้าหมาย</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Scores by dimension</source>
        <translation>คะแนนรายมิติ</translation>
    </message>
    <message>
        <source>What is missing for the next level</source>
        <translation>สิ่งที่ยังขาดสำหรับระดับถัดไป</translation>
    </message>
    <message>
        <source>Projected level: not yet Bronze</source>
        <translation>ระดับที่คาดว่าจะได้: ยังไม่ถึงระดับทองแดง</translation>
    </message>
    <message>
        <source>Projected level: {level}</source>
        <translation>ระดับที่คาดว่าจะได้: {level}</translation>
    </message>
    <message>
        <source>Overall {percent}% — {met} met, {partly} partially met, {na} not applicable, of {total} benchmarks</source>
        <translation>ภาพรวม {percent}% — ผ่าน {met} ข้อ ผ่านบางส่วน {partly} ข้อ ไม่เกี่ยวข้อง {na} ข้อ จากทั้งหมด {total} ข้อ</translation>
    </message>
    <message>
        <source>Gold is reached. Well done!</source>
        <translation>ถึงระดับทองแล้ว ยอดเยี่ยมมาก!</translation>
    </message>
    <message>
        <source>Missing for {level} ({threshold}%)</source>
        <translation>สิ่งที่ยังขาดสำหรับระดับ{level} ({threshold}%)</translation>
    </message>
    <message>
        <source>Mandatory benchmarks not yet met:</source>
        <translation>เกณฑ์บังคับที่ยังไม่ผ่าน:</translation>
    </message>
    <message>
        <source>Nothing is missing.</source>
        <translation>ไม่มีสิ่งใดขาด</translation>
    </message>
    <message numerus="yes">
        <source>%n more benchmarks must be met, for example:</source>
        <translation>
            <numerusform>ต้องผ่านเกณฑ์เพิ่มอีก %n ข้อ เช่น:</numerusform>
        </translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>ภาพรวม</translation>
    </message>
    <message>
        <source>Overall score: grey, because no level is reached yet.</source>
        <translation>คะแนนภาพรวม: สีเทา เพราะยังไม่ถึงระดับใด</translation>
    </message>
    <message>
        <source>Overall score: in the colour of the projected level.</source>
        <translation>คะแนนภาพรวม: เป็นสีของระดับที่คาดว่าจะได้</translation>
    </message>
    <message>
        <source>Dimension scores: one colour for all.</source>
        <translation>คะแนนรายมิติ: ใช้สีเดียวกันทุกมิติ</translation>
    </message>
    <message>
        <source>Dashed lines: the overall score each level needs. A level also needs every benchmark mandatory for it met, so a dimension past a line does not reach that level.</source>
        <translation>เส้นประ: คะแนนภาพรวมที่แต่ละระดับต้องได้ นอกจากนี้ทุกเกณฑ์ที่บังคับสำหรับระดับนั้นต้องผ่าน ดังนั้นมิติที่เกินเส้นไม่ได้แปลว่าถึงระดับนั้นแล้ว</translation>
    </message>
    <message>
        <source>The office&apos;s view: {kind}, {date}</source>
        <translation>มุมมองของสำนักงานผู้ประสานงาน: {kind} เมื่อ {date}</translation>
    </message>
    <message>
        <source>Where the office sees it differently from you:</source>
        <translation>เกณฑ์ที่สำนักงานผู้ประสานงานเห็นต่างจากเขต:</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>เกณฑ์</translation>
    </message>
    <message>
        <source>Your status</source>
        <translation>สถานะที่เขตระบุ</translation>
    </message>
    <message>
        <source>The office&apos;s verdict</source>
        <translation>ผลการพิจารณาของสำนักงาน</translation>
    </message>
    <message>
        <source>The office agrees with every status you gave.</source>
        <translation>สำนักงานผู้ประสานงานเห็นตรงกับสถานะที่เขตระบุทุกเกณฑ์</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Date:</source>
        <translation>วันที่:</translation>
    </message>
    <message>
        <source>Has a date</source>
        <translation>ระบุวันที่</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>วัน</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>เดือน</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>ปี</translation>
    </message>
    <message>
        <source>B.E. </source>
        <translation>พ.ศ. </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Another SealDesk is writing to the workspace {path}; nothing was changed. Try again in a moment.</source>
        <translation>มี SealDesk อีกโปรแกรมหนึ่งกำลังบันทึกลงพื้นที่ทำงาน {path} จึงไม่ได้เปลี่ยนแปลงอะไร กรุณาลองใหม่อีกสักครู่</translation>
    </message>
    <message>
        <source>The workspace {path} cannot be written (no permission, or a read-only disk); it can only be read. Nothing was changed.</source>
        <translation>ไม่สามารถบันทึกลงพื้นที่ทำงาน {path} ได้ (ไม่มีสิทธิ์ หรือดิสก์เป็นแบบอ่านอย่างเดียว) เปิดได้เพื่ออ่านเท่านั้น ไม่ได้เปลี่ยนแปลงอะไร</translation>
    </message>
    <message>
        <source>The disk that holds the workspace {path} is full; nothing was changed. Free some space and try again.</source>
        <translation>ดิสก์ที่เก็บพื้นที่ทำงาน {path} เต็มแล้ว จึงไม่ได้เปลี่ยนแปลงอะไร กรุณาเพิ่มพื้นที่ว่างแล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>The file {file} is empty; an empty file cannot be evidence.</source>
        <translation>ไฟล์ {file} ว่างเปล่า จึงใช้เป็นหลักฐานไม่ได้</translation>
    </message>
    <message>
        <source>The file {path} cannot be read ({reason}).</source>
        <translation>อ่านไฟล์ {path} ไม่ได้ ({reason})</translation>
    </message>
    <message>
        <source>{path} is not an ordinary file (a folder, device or pipe).</source>
        <translation>{path} ไม่ใช่ไฟล์ธรรมดา (เป็นโฟลเดอร์ อุปกรณ์ หรือไปป์)</translation>
    </message>
    <message>
        <source>The file {path} is too large ({size} bytes; at most {limit}).</source>
        <translation>ไฟล์ {path} ใหญ่เกินไป ({size} ไบต์ รับได้ไม่เกิน {limit})</translation>
    </message>
    <message>
        <source>The file {path} is not UTF-8 text.</source>
        <translation>ไฟล์ {path} ไม่ใช่ข้อความแบบ UTF-8</translation>
    </message>
    <message>
        <source>{path} is inside the workspace folder; choose a place outside it.</source>
        <translation>{path} อยู่ในโฟลเดอร์พื้นที่ทำงาน โปรดเลือกที่เก็บนอกโฟลเดอร์นี้</translation>
    </message>
    <message>
        <source>{path} cannot be written ({reason}).</source>
        <translation>เขียน {path} ไม่ได้ ({reason})</translation>
    </message>
    <message>
        <source>{path} is not an ordinary file (a folder, device or pipe); choose a file name.</source>
        <translation>{path} ไม่ใช่ไฟล์ธรรมดา (เป็นโฟลเดอร์ อุปกรณ์ หรือไปป์) โปรดเลือกชื่อไฟล์</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name or allow replacing it (--overwrite).</source>
        <translation>มี {path} อยู่แล้ว โปรดเลือกชื่ออื่น หรืออนุญาตให้เขียนทับ (--overwrite)</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>ไม่มีโฟลเดอร์ {folder}</translation>
    </message>
    <message>
        <source>This workspace has no signing key yet; create one with &apos;sealdesk key create&apos;.</source>
        <translation>พื้นที่ทำงานนี้ยังไม่มีกุญแจลงนาม สร้างได้ด้วยคำสั่ง &apos;sealdesk key create&apos;</translation>
    </message>
    <message>
        <source>The passphrase is wrong; the signing key was not opened.</source>
        <translation>รหัสผ่านไม่ถูกต้อง จึงเปิดกุญแจลงนามไม่ได้</translation>
    </message>
    <message>
        <source>This workspace already has signing key {key_id}; use --replace to make a new one.</source>
        <translation>พื้นที่ทำงานนี้มีกุญแจลงนาม {key_id} อยู่แล้ว หากต้องการสร้างใหม่ให้ใช้ --replace</translation>
    </message>
    <message>
        <source>The key file {path} cannot be used: {detail}.</source>
        <translation>ใช้ไฟล์กุญแจ {path} ไม่ได้: {detail}</translation>
    </message>
    <message>
        <source>The passphrase must have at least {minimum} characters.</source>
        <translation>รหัสผ่านต้องมีอย่างน้อย {minimum} ตัวอักษร</translation>
    </message>
    <message>
        <source>{source} is not a minisign public key: {detail}.</source>
        <translation>{source} ไม่ใช่กุญแจสาธารณะแบบ minisign: {detail}</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>ยกเลิกการส่งออกแล้ว ไม่มีไฟล์ใดถูกสร้าง</translation>
    </message>
    <message>
        <source>The bundle {path} could not be written: {detail}.</source>
        <translation>สร้างชุดข้อมูล {path} ไม่ได้: {detail}</translation>
    </message>
    <message>
        <source>This file is not a SealDesk bundle: {detail}.</source>
        <translation>ไฟล์นี้ไม่ใช่ชุดข้อมูลของ SealDesk: {detail}</translation>
    </message>
    <message>
        <source>The bundle is not signed: {name} is missing.</source>
        <translation>ชุดข้อมูลนี้ไม่ได้ลงนาม: ไม่พบ {name}</translation>
    </message>
    <message>
        <source>The bundle&apos;s signature is not valid: {detail}.</source>
        <translation>ลายมือชื่อดิจิทัลของชุดข้อมูลไม่ถูกต้อง: {detail}</translation>
    </message>
    <message>
        <source>The bundle was signed by key {key_id}, which is not in the trust list.</source>
        <translation>ชุดข้อมูลลงนามด้วยกุญแจ {key_id} ซึ่งไม่อยู่ในรายการกุญแจที่เชื่อถือ</translation>
    </message>
    <message>
        <source>The tag file {name} was changed after signing.</source>
        <translation>ไฟล์กำกับ {name} ถูกแก้ไขหลังการลงนาม</translation>
    </message>
    <message>
        <source>The file {name} was changed after signing.</source>
        <translation>ไฟล์ {name} ถูกแก้ไขหลังการลงนาม</translation>
    </message>
    <message>
        <source>The file {name} listed in the manifest is missing.</source>
        <translation>ไม่พบไฟล์ {name} ที่ระบุไว้ในรายการไฟล์</translation>
    </message>
    <message>
        <source>The file {name} was added after signing.</source>
        <translation>ไฟล์ {name} ถูกเพิ่มเข้ามาหลังการลงนาม</translation>
    </message>
    <message>
        <source>The bundle file was altered after it was written: {detail}.</source>
        <translation>ไฟล์ชุดข้อมูลถูกแก้ไขหลังจากสร้าง: {detail}</translation>
    </message>
    <message>
        <source>The verification was cancelled.</source>
        <translation>ยกเลิกการตรวจสอบแล้ว</translation>
    </message>
    <message>
        <source>The archive contains a path that climbs out: {name}.</source>
        <translation>ไฟล์บีบอัดมีเส้นทางที่ชี้ออกนอกโฟลเดอร์: {name}</translation>
    </message>
    <message>
        <source>The archive contains an absolute or drive path: {name}.</source>
        <translation>ไฟล์บีบอัดมีเส้นทางแบบเต็มหรือระบุไดรฟ์: {name}</translation>
    </message>
    <message>
        <source>The archive contains a link or special file: {name}.</source>
        <translation>ไฟล์บีบอัดมีลิงก์หรือไฟล์พิเศษ: {name}</translation>
    </message>
    <message>
        <source>The archive contains two entries with the same name: {name} and {other}.</source>
        <translation>ไฟล์บีบอัดมีสองรายการที่ชื่อซ้ำกัน: {name} และ {other}</translation>
    </message>
    <message>
        <source>The archive has {count} entries, more than the limit of {limit}.</source>
        <translation>ไฟล์บีบอัดมี {count} รายการ เกินขีดจำกัด {limit} รายการ</translation>
    </message>
    <message>
        <source>The archive unpacks to {size} bytes, more than the limit of {limit}.</source>
        <translation>ไฟล์บีบอัดเมื่อแตกออกมีขนาด {size} ไบต์ เกินขีดจำกัด {limit} ไบต์</translation>
    </message>
    <message>
        <source>The entry {name} expands {ratio} times: the archive looks like a zip bomb.</source>
        <translation>รายการ {name} ขยายขนาดได้ {ratio} เท่า ไฟล์บีบอัดนี้อาจเป็นไฟล์อันตราย (zip bomb)</translation>
    </message>
    <message>
        <source>The archive is malformed: {detail}.</source>
        <translation>ไฟล์บีบอัดมีรูปแบบไม่ถูกต้อง: {detail}</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>รหัสผ่านทั้งสองครั้งไม่ตรงกัน</translation>
    </message>
    <message>
        <source>The bundle {path} could not be written: the disk is full.</source>
        <translation>เขียนชุดเอกสาร {path} ไม่ได้: ดิสก์เต็ม</translation>
    </message>
    <message>
        <source>The bundle {path} could not be written: no permission to write there.</source>
        <translation>เขียนชุดเอกสาร {path} ไม่ได้: ไม่มีสิทธิ์เขียนในตำแหน่งนั้น</translation>
    </message>
    <message>
        <source>The bundle {path} could not be written: the disk is read-only.</source>
        <translation>เขียนชุดเอกสาร {path} ไม่ได้: ดิสก์เป็นแบบอ่านอย่างเดียว</translation>
    </message>
    <message>
        <source>The passphrase on standard input is longer than {limit} bytes.</source>
        <translation>รหัสผ่านที่ส่งทางอินพุตมาตรฐานยาวเกิน {limit} ไบต์</translation>
    </message>
    <message>
        <source>The passphrase on standard input is not UTF-8 text.</source>
        <translation>รหัสผ่านที่ส่งทางอินพุตมาตรฐานไม่ใช่ข้อความ UTF-8</translation>
    </message>
    <message>
        <source>There is no terminal to type the passphrase in; give it with --passphrase-file FILE.</source>
        <translation>ไม่มีเทอร์มินัลให้พิมพ์รหัสผ่าน โปรดระบุด้วย --passphrase-file FILE</translation>
    </message>
    <message>
        <source>Say whose bundles to trust with --trust KEY.pub or --trust FOLDER.</source>
        <translation>ระบุกุญแจที่เชื่อถือด้วย --trust KEY.pub หรือ --trust FOLDER</translation>
    </message>
    <message>
        <source>There is no SealDesk workspace in {path}; create one with &apos;sealdesk init&apos;.</source>
        <translation>ไม่พบพื้นที่ทำงานของ SealDesk ใน {path} สร้างได้ด้วยคำสั่ง &apos;sealdesk init&apos;</translation>
    </message>
    <message>
        <source>The file {path} cannot be written ({reason}).</source>
        <translation>บันทึกไฟล์ {path} ไม่ได้ ({reason})</translation>
    </message>
    <message>
        <source>The catalog {file}, line {line}: a key has more than {limit} parts.</source>
        <translation>ชุดเกณฑ์ {file} บรรทัด {line}: คีย์มีมากกว่า {limit} ส่วน</translation>
    </message>
    <message>
        <source>The catalog {file}, line {line}: lists or tables are nested more than {limit} deep.</source>
        <translation>ชุดเกณฑ์ {file} บรรทัด {line}: รายการหรือตารางซ้อนกันลึกเกิน {limit} ชั้น</translation>
    </message>
    <message>
        <source>The catalog {file}, line {line} ({where}): {what}.</source>
        <translation>ชุดเกณฑ์ {file} บรรทัดที่ {line} ({where}): {what}</translation>
    </message>
    <message>
        <source>The catalog {file}, at {where}: {what}.</source>
        <translation>ชุดเกณฑ์ {file} ที่ {where}: {what}</translation>
    </message>
    <message>
        <source>The catalog {file}, line {line}: {what}.</source>
        <translation>ชุดเกณฑ์ {file} บรรทัดที่ {line}: {what}</translation>
    </message>
    <message>
        <source>The catalog {file} is not valid TOML: {what}.</source>
        <translation>ชุดเกณฑ์ {file} ไม่ใช่ไฟล์ TOML ที่ถูกต้อง: {what}</translation>
    </message>
    <message>
        <source>The catalog file {file} is not UTF-8 text.</source>
        <translation>ไฟล์ชุดเกณฑ์ {file} ไม่ใช่ข้อความแบบ UTF-8</translation>
    </message>
    <message>
        <source>{code} is not a Bangkok district code (1001 to 1050).</source>
        <translation>{code} ไม่ใช่รหัสเขตของกรุงเทพมหานคร (1001 ถึง 1050)</translation>
    </message>
    <message>
        <source>The bundle file {path} cannot be read ({reason}).</source>
        <translation>อ่านไฟล์ชุดข้อมูล {path} ไม่ได้ ({reason})</translation>
    </message>
    <message>
        <source>The public key file {path} cannot be read ({reason}).</source>
        <translation>อ่านไฟล์กุญแจสาธารณะ {path} ไม่ได้ ({reason})</translation>
    </message>
    <message>
        <source>The cover sheet needs the bundle file (--bundle).</source>
        <extracomment>The document kinds, as the CLI and the UI&apos;s Print menu name them.</extracomment>
        <translation>ใบปะหน้าต้องใช้ไฟล์ชุดข้อมูล (--bundle)</translation>
    </message>
    <message>
        <source>There is no document called {kind}; choose one of {kinds}.</source>
        <translation>ไม่มีเอกสารชื่อ {kind} เลือกได้จาก {kinds}</translation>
    </message>
    <message>
        <source>The backup {file} could not be written ({reason}).</source>
        <translation>สร้างไฟล์สำรอง {file} ไม่ได้ ({reason})</translation>
    </message>
    <message>
        <source>{file} is not a usable SealDesk backup: {why}.</source>
        <translation>{file} ไม่ใช่ไฟล์สำรองของ SealDesk ที่ใช้ได้: {why}</translation>
    </message>
    <message>
        <source>it is not a zip file, or the zip is damaged</source>
        <translation>ไม่ใช่ไฟล์ zip หรือไฟล์ zip เสียหาย</translation>
    </message>
    <message>
        <source>The backup could not be restored into {path} ({reason}).</source>
        <translation>กู้คืนข้อมูลสำรองลงใน {path} ไม่ได้ ({reason})</translation>
    </message>
    <message>
        <source>Restore needs an empty folder; {path} already has files in it.</source>
        <translation>การกู้คืนต้องใช้โฟลเดอร์ว่าง แต่ {path} มีไฟล์อยู่แล้ว</translation>
    </message>
    <message>
        <source>it has {count} entries, more than the limit of {limit}</source>
        <translation>มีรายการ {count} รายการ เกินขีดจำกัด {limit} รายการ</translation>
    </message>
    <message>
        <source>it holds an unexpected entry {name}</source>
        <translation>มีรายการที่ไม่ควรมี {name}</translation>
    </message>
    <message>
        <source>the entry {name} appears twice</source>
        <translation>รายการ {name} ปรากฏซ้ำสองครั้ง</translation>
    </message>
    <message>
        <source>the entry {name} is too large or too many</source>
        <translation>รายการ {name} ใหญ่เกินไปหรือมีจำนวนมากเกินไป</translation>
    </message>
    <message>
        <source>it unpacks to more than {limit} bytes, the most allowed</source>
        <translation>ขยายออกแล้วเกิน {limit} ไบต์ ซึ่งเป็นขนาดสูงสุดที่ยอมรับ</translation>
    </message>
    <message>
        <source>the manifest or the database is missing</source>
        <translation>ไม่มีรายการสารบัญหรือฐานข้อมูล</translation>
    </message>
    <message>
        <source>the entry {name} is malformed</source>
        <translation>รายการ {name} มีรูปแบบผิดพลาด</translation>
    </message>
    <message>
        <source>the entry {name} is a link or a special file</source>
        <translation>รายการ {name} เป็นลิงก์หรือไฟล์พิเศษ</translation>
    </message>
    <message>
        <source>the entry {name} is encrypted</source>
        <translation>รายการ {name} ถูกเข้ารหัสไว้</translation>
    </message>
    <message>
        <source>the entry {name} uses an unknown compression</source>
        <translation>รายการ {name} ใช้วิธีบีบอัดที่ไม่รู้จัก</translation>
    </message>
    <message>
        <source>the entry {name} expands like a zip bomb</source>
        <translation>รายการ {name} ขยายตัวมากผิดปกติ เหมือนระเบิด zip</translation>
    </message>
    <message>
        <source>its manifest is not a SealDesk backup manifest</source>
        <translation>สารบัญในไฟล์ไม่ใช่สารบัญข้อมูลสำรองของ SealDesk</translation>
    </message>
    <message>
        <source>it was made by a newer SealDesk (format {version})</source>
        <translation>สร้างโดย SealDesk รุ่นที่ใหม่กว่า (รูปแบบ {version})</translation>
    </message>
    <message>
        <source>There is not enough free space in {path} to restore the backup ({needed} bytes needed, {free} free).</source>
        <translation>พื้นที่ว่างใน {path} ไม่พอสำหรับกู้คืนข้อมูลสำรอง (ต้องใช้ {needed} ไบต์ ว่างอยู่ {free} ไบต์)</translation>
    </message>
    <message>
        <source>the entry {name} is damaged</source>
        <translation>รายการ {name} เสียหาย</translation>
    </message>
    <message>
        <source>evidence file {sha} in it is damaged (--partial restores everything else)</source>
        <translation>ไฟล์หลักฐาน {sha} ในไฟล์สำรองเสียหาย (ใช้ --partial เพื่อกู้คืนส่วนที่เหลือทั้งหมด)</translation>
    </message>
    <message>
        <source>it was made by a newer SealDesk</source>
        <translation>สร้างโดย SealDesk รุ่นที่ใหม่กว่า</translation>
    </message>
    <message>
        <source>its database is damaged and cannot be opened</source>
        <translation>ฐานข้อมูลในไฟล์สำรองเสียหาย เปิดไม่ได้</translation>
    </message>
    <message>
        <source>There is already a workspace in {path}; open it instead.</source>
        <translation>มีพื้นที่ทำงานอยู่แล้วใน {path} ให้เปิดพื้นที่ทำงานนั้นแทน</translation>
    </message>
    <message>
        <source>The folder {path} cannot be created ({reason}).</source>
        <translation>สร้างโฟลเดอร์ {path} ไม่ได้ ({reason})</translation>
    </message>
    <message>
        <source>The workspace in {path} is incomplete.</source>
        <translation>พื้นที่ทำงานใน {path} ไม่สมบูรณ์</translation>
    </message>
    <message>
        <source>This workspace has no round {round}.</source>
        <translation>พื้นที่ทำงานนี้ไม่มีรอบการประเมิน {round}</translation>
    </message>
    <message>
        <source>There is no benchmark {code} in the catalog of round {round}.</source>
        <translation>ไม่มีเกณฑ์ {code} ในชุดเกณฑ์ของรอบ {round}</translation>
    </message>
    <message>
        <source>Round {round} already exists.</source>
        <translation>มีรอบการประเมิน {round} อยู่แล้ว</translation>
    </message>
    <message>
        <source>{status} is not a status; use not_started, met, partially_met, not_met or not_applicable.</source>
        <translation>{status} ไม่ใช่สถานะ ให้ใช้ not_started, met, partially_met, not_met หรือ not_applicable</translation>
    </message>
    <message>
        <source>Benchmark {code} can be marked not applicable only with a justification.</source>
        <translation>เกณฑ์ {code} จะระบุว่าไม่เกี่ยวข้องได้ก็ต่อเมื่อมีเหตุผลประกอบ</translation>
    </message>
    <message>
        <source>An action needs a description.</source>
        <translation>ต้องระบุรายละเอียดของงาน</translation>
    </message>
    <message>
        <source>There is no action {id}.</source>
        <translation>ไม่พบงานหมายเลข {id}</translation>
    </message>
    <message>
        <source>{file} is a folder, not a file.</source>
        <translation>{file} เป็นโฟลเดอร์ ไม่ใช่ไฟล์</translation>
    </message>
    <message>
        <source>{name} is not linked to benchmark {code} in round {round}.</source>
        <translation>{name} ไม่ได้เชื่อมโยงกับเกณฑ์ {code} ในรอบ {round}</translation>
    </message>
    <message>
        <source>{name} is still linked to benchmarks ({count}); unlink it first.</source>
        <translation>{name} ยังเป็นหลักฐานของเกณฑ์ {count} ข้อ ให้ยกเลิกการเชื่อมโยงก่อน</translation>
    </message>
    <message>
        <source>There is no evidence document {id}.</source>
        <translation>ไม่พบเอกสารหลักฐานหมายเลข {id}</translation>
    </message>
    <message>
        <source>Give at least the first 4 hexadecimal digits of the SHA-256.</source>
        <translation>ระบุ SHA-256 อย่างน้อย 4 หลักแรก (เลขฐานสิบหก)</translation>
    </message>
    <message>
        <source>No evidence document has a hash starting {p}.</source>
        <translation>ไม่มีเอกสารหลักฐานที่ค่าแฮชขึ้นต้นด้วย {p}</translation>
    </message>
    <message>
        <source>More than one document&apos;s hash starts {p}; give more digits.</source>
        <translation>มีเอกสารมากกว่าหนึ่งรายการที่ค่าแฮชขึ้นต้นด้วย {p} ให้ระบุหลักเพิ่ม</translation>
    </message>
    <message>
        <source>{round} is not a Buddhist-Era year (for example {example}).</source>
        <translation>{round} ไม่ใช่ปีพุทธศักราช (ตัวอย่าง {example})</translation>
    </message>
    <message>
        <source>{date} has a Buddhist-Era year; type the Gregorian (Common Era) year instead, for example {example}.</source>
        <translation>{date} ใช้ปีพุทธศักราช กรุณาพิมพ์ปีคริสต์ศักราชแทน เช่น {example}</translation>
    </message>
    <message>
        <source>{date} is not a plausible date: the year must be from {first} to {last}.</source>
        <translation>{date} ไม่ใช่วันที่ที่เป็นไปได้ ปี (ค.ศ.) ต้องอยู่ระหว่าง {first} ถึง {last}</translation>
    </message>
    <message>
        <source>The file {file} no longer exists.</source>
        <translation>ไม่พบไฟล์ {file} แล้ว</translation>
    </message>
    <message>
        <source>The disk is full: {file} was not added. Free some space and try again.</source>
        <translation>ดิสก์เต็ม ยังไม่ได้เพิ่ม {file} กรุณาเพิ่มพื้นที่ว่างแล้วลองใหม่</translation>
    </message>
    <message>
        <source>The file {file} could not be read whole ({reason}).</source>
        <translation>อ่านไฟล์ {file} ได้ไม่ครบ ({reason})</translation>
    </message>
    <message>
        <source>The workspace database {file} is damaged or is not a SealDesk file.</source>
        <translation>ฐานข้อมูลพื้นที่ทำงาน {file} เสียหายหรือไม่ใช่ไฟล์ของ SealDesk</translation>
    </message>
    <message>
        <source>This workspace was written by a newer SealDesk; please install the newer version to open it (nothing was changed).</source>
        <translation>พื้นที่ทำงานนี้สร้างด้วย SealDesk รุ่นที่ใหม่กว่า กรุณาติดตั้งรุ่นใหม่เพื่อเปิดใช้งาน (ไม่มีข้อมูลใดถูกเปลี่ยนแปลง)</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Your saved work is safe; try again.</source>
        <translation>เกิดข้อผิดพลาดที่ไม่คาดคิด งานที่บันทึกไว้ยังอยู่ครบ กรุณาลองใหม่อีกครั้ง</translation>
    </message>
    <message>
        <source>SealDesk</source>
        <translation>SealDesk</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Your saved work is safe. The details were written to {path}; please send that file to your IT support.</source>
        <translation>เกิดข้อผิดพลาดที่ไม่คาดคิด งานที่บันทึกไว้ยังอยู่ครบ รายละเอียดถูกบันทึกไว้ที่ {path} กรุณาส่งไฟล์นี้ให้เจ้าหน้าที่ไอที</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be made ({reason}).</source>
        <translation>สร้างโฟลเดอร์ {folder} ไม่ได้ ({reason})</translation>
    </message>
    <message>
        <source>The bundle was not written: read the warnings above, then confirm with --yes.</source>
        <translation>ยังไม่ได้สร้างชุดข้อมูล กรุณาอ่านคำเตือนด้านบน แล้วยืนยันด้วย --yes</translation>
    </message>
    <message>
        <source>Benchmark {code} has {count} means of verification, numbered from 1.</source>
        <translation>เกณฑ์ {code} มีหลักฐานที่ใช้ตรวจสอบ {count} รายการ โดยเริ่มนับจาก 1</translation>
    </message>
    <message>
        <source>Evidence {id} is not linked to benchmark {code} in round {round}.</source>
        <translation>หลักฐาน {id} ไม่ได้เชื่อมโยงกับเกณฑ์ {code} ในรอบ {round}</translation>
    </message>
    <message>
        <source>Another SealDesk is receiving bundles into this office workspace; try again in a moment.</source>
        <translation>มี SealDesk อีกโปรแกรมกำลังรับชุดข้อมูลเข้าพื้นที่ทำงานของสำนักงานนี้อยู่ กรุณาลองใหม่อีกครู่</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the paper, then confirm with --yes.</source>
        <translation>กรุณาเทียบลายนิ้วมือกับเอกสาร แล้วยืนยันด้วย --yes</translation>
    </message>
    <message>
        <source>District {district} already has two keys; revoke the old one first.</source>
        <translation>เขต {district} มีกุญแจสองดอกแล้ว กรุณาเพิกถอนดอกเก่าก่อน</translation>
    </message>
    <message>
        <source>Give either a key file or --from-text TEXT, not both.</source>
        <translation>กรุณาระบุแฟ้มกุญแจ หรือ --from-text อย่างใดอย่างหนึ่ง</translation>
    </message>
    <message>
        <source>Give the office a name.</source>
        <translation>กรุณาตั้งชื่อสำนักงาน</translation>
    </message>
    <message>
        <source>No office key {key_id} is trusted here.</source>
        <translation>เขตนี้ไม่ได้เชื่อถือกุญแจสำนักงาน {key_id}</translation>
    </message>
    <message>
        <source>Not confirmed; nothing was changed.</source>
        <translation>ไม่ได้ยืนยัน จึงไม่มีการเปลี่ยนแปลงใด</translation>
    </message>
    <message>
        <source>Say why the key is revoked.</source>
        <translation>กรุณาระบุเหตุผลที่เพิกถอนกุญแจ</translation>
    </message>
    <message>
        <source>The key {key_id} is already on the trust list, for {district}.</source>
        <translation>กุญแจ {key_id} อยู่ในรายการที่เชื่อถือแล้ว สำหรับเขต {district}</translation>
    </message>
    <message>
        <source>The key {key_id} was already revoked.</source>
        <translation>กุญแจ {key_id} ถูกเพิกถอนไปแล้ว</translation>
    </message>
    <message>
        <source>The office holds no file with the fingerprint {sha256}.</source>
        <translation>สำนักงานไม่มีแฟ้มที่มีลายนิ้วมือ {sha256}</translation>
    </message>
    <message>
        <source>The office key {key_id} is already trusted.</source>
        <translation>เชื่อถือกุญแจสำนักงาน {key_id} อยู่แล้ว</translation>
    </message>
    <message>
        <source>There is no key {key_id} on the trust list.</source>
        <translation>ไม่มีกุญแจ {key_id} ในรายการที่เชื่อถือ</translation>
    </message>
    <message>
        <source>There is no quarantined file {id}.</source>
        <translation>ไม่มีแฟ้มที่ถูกกักไว้หมายเลข {id}</translation>
    </message>
    <message>
        <source>This command is for a district office; this workspace belongs to the coordinating office.</source>
        <translation>คำสั่งนี้ใช้สำหรับสำนักงานเขต แต่พื้นที่ทำงานนี้เป็นของสำนักงานผู้ประสานงาน</translation>
    </message>
    <message>
        <source>This command is for the coordinating office; this workspace belongs to a district office.</source>
        <translation>คำสั่งนี้ใช้สำหรับสำนักงานผู้ประสานงาน แต่พื้นที่ทำงานนี้เป็นของสำนักงานเขต</translation>
    </message>
    <message>
        <source>This is a key&apos;s fingerprint, which confirms a key but cannot enrol it; give the public key line printed on the sheet, or the key file.</source>
        <translation>ข้อความนี้เป็นลายนิ้วมือของกุญแจ ใช้ยืนยันกุญแจได้แต่ใช้ลงทะเบียนไม่ได้ กรุณาให้บรรทัดกุญแจสาธารณะที่พิมพ์บนแผ่น หรือแฟ้มกุญแจ</translation>
    </message>
    <message>
        <source>The office holds no bundle {bundle_id}.</source>
        <translation>สำนักงานไม่มีชุดข้อมูล {bundle_id}</translation>
    </message>
    <message>
        <source>The stored bundle {bundle_id} is damaged; run &apos;sealdesk check&apos;.</source>
        <translation>ชุดข้อมูล {bundle_id} ที่เก็บไว้เสียหาย กรุณาสั่ง &apos;sealdesk check&apos;</translation>
    </message>
    <message>
        <source>{name} must end in .csv or .xlsx: the export's format follows the name.</source>
        <translation>ชื่อไฟล์ {name} ต้องลงท้ายด้วย .csv หรือ .xlsx เพราะรูปแบบไฟล์ที่ส่งออกกำหนดจากนามสกุลของชื่อไฟล์</translation>
    </message>
    <message>
        <source>Choose at least one benchmark to file under.</source>
        <translation>เลือกเกณฑ์อย่างน้อยหนึ่งข้อที่จะจัดเก็บเอกสาร</translation>
    </message>
    <message>
        <source>There is no discarded scan called {name} in {folder}.</source>
        <translation>ไม่มีเอกสารสแกนที่ถูกทิ้งชื่อ {name} ใน {folder}</translation>
    </message>
    <message>
        <source>{name} did not come through the scanner inbox.</source>
        <translation>{name} ไม่ได้มาจากโฟลเดอร์เครื่องสแกน</translation>
    </message>
    <message>
        <source>The bundle says it is from district {district}, but key {key_id} belongs to district {key_district} on the trust list.</source>
        <translation>ชุดข้อมูลนี้ระบุว่ามาจากเขต {district} แต่ตามรายการกุญแจที่เชื่อถือ กุญแจ {key_id} เป็นของเขต {key_district}</translation>
    </message>
    <message>
        <source>The bundle was not written: fix the problems listed first ({count} found).</source>
        <translation>ยังไม่ได้สร้างชุดข้อมูล ให้แก้ไขปัญหาที่แสดงไว้ก่อน (พบ {count} รายการ)</translation>
    </message>
    <message>
        <source>{file} is signed by key {key_id}, which this district does not trust; trust the office&apos;s key first (&apos;sealdesk trust add&apos;).</source>
        <translation>{file} ลงนามด้วยกุญแจ {key_id} ซึ่งเขตนี้ไม่ได้เชื่อถือ ให้เพิ่มกุญแจของสำนักงานผู้ประสานงานก่อน (&apos;sealdesk trust add&apos;)</translation>
    </message>
    <message>
        <source>{file} was changed after the office signed it; ask the office to send it again.</source>
        <translation>{file} ถูกแก้ไขหลังจากที่สำนักงานผู้ประสานงานลงนามแล้ว ให้ขอไฟล์ใหม่จากสำนักงานผู้ประสานงาน</translation>
    </message>
    <message>
        <source>{file} is damaged or is not a SealDesk feedback file.</source>
        <translation>{file} เสียหาย หรือไม่ใช่ไฟล์ผลการพิจารณาของ SealDesk</translation>
    </message>
    <message>
        <source>{file} is feedback for district {district}, not for this district ({own}).</source>
        <translation>{file} เป็นผลการพิจารณาของเขต {district} ไม่ใช่ของเขตนี้ ({own})</translation>
    </message>
    <message>
        <source>{file} reviews bundle {bundle_id}, which this workspace never exported.</source>
        <translation>{file} เป็นผลการพิจารณาชุดข้อมูล {bundle_id} ซึ่งไม่ได้ส่งออกจากพื้นที่ทำงานนี้</translation>
    </message>
    <message>
        <source>No feedback {feedback_id} was received here.</source>
        <translation>ไม่มีผลการพิจารณา {feedback_id} ในพื้นที่ทำงานนี้</translation>
    </message>
    <message>
        <source>The office asked for no action on benchmark {code} in this feedback.</source>
        <translation>ผลการพิจารณานี้ไม่ได้ระบุสิ่งที่ต้องดำเนินการสำหรับตัวชี้วัด {code}</translation>
    </message>
    <message>
        <source>The office&apos;s action on benchmark {code} is already in the action plan.</source>
        <translation>สิ่งที่สำนักงานผู้ประสานงานให้ดำเนินการสำหรับตัวชี้วัด {code} อยู่ในแผนปฏิบัติการแล้ว</translation>
    </message>
    <message>
        <source>The office has received no bundle from district {district} for round {round}.</source>
        <translation>สำนักงานผู้ประสานงานยังไม่ได้รับชุดข้อมูลของเขต {district} รอบ {round}</translation>
    </message>
    <message>
        <source>Say why in a comment: every verdict other than &quot;meets&quot; needs one.</source>
        <translation>โปรดระบุเหตุผลในความเห็น: ผลการพิจารณาทุกแบบยกเว้น &quot;ผ่านเกณฑ์&quot; ต้องมีความเห็น</translation>
    </message>
    <message>
        <source>A due date goes with a required action; give the action.</source>
        <translation>กำหนดเสร็จต้องมาพร้อมสิ่งที่ต้องดำเนินการ โปรดระบุสิ่งที่ต้องดำเนินการ</translation>
    </message>
    <message>
        <source>A comment or an action may have at most {limit} characters.</source>
        <translation>ความเห็นหรือสิ่งที่ต้องดำเนินการยาวได้ไม่เกิน {limit} ตัวอักษร</translation>
    </message>
    <message>
        <source>There is no verdict {verdict}; use meets, partly_meets, does_not_meet, evidence_insufficient, na_agreed or not_reviewed.</source>
        <translation>ไม่มีผลการพิจารณา {verdict} ให้ใช้ meets, partly_meets, does_not_meet, evidence_insufficient, na_agreed หรือ not_reviewed</translation>
    </message>
    <message>
        <source>The submission of district {district} has no benchmark {code}.</source>
        <translation>เอกสารของเขต {district} ไม่มีตัวชี้วัด {code}</translation>
    </message>
    <message>
        <source>The submission of district {district} for round {round} is final; it takes no more verdicts.</source>
        <translation>เอกสารของเขต {district} รอบ {round} เป็นฉบับสุดท้ายแล้ว ให้ผลการพิจารณาเพิ่มไม่ได้</translation>
    </message>
    <message>
        <source>Accept the submission of district {district} before making it final.</source>
        <translation>ต้องรับรองเอกสารของเขต {district} ก่อนจึงจะกำหนดเป็นฉบับสุดท้ายได้</translation>
    </message>
    <message>
        <source>The submission of district {district} is already accepted; give a verdict to reopen its review first.</source>
        <translation>เอกสารของเขต {district} ได้รับการรับรองแล้ว หากจะพิจารณาใหม่ ให้ระบุผลการพิจารณาตัวชี้วัดก่อน</translation>
    </message>
    <message>
        <source>Nothing to return: no benchmark of district {district} has a verdict or a required action for the district to answer.</source>
        <translation>ไม่มีสิ่งที่ต้องส่งกลับ: ไม่มีตัวชี้วัดของเขต {district} ที่มีผลการพิจารณาหรือสิ่งที่ต้องดำเนินการให้เขตชี้แจง</translation>
    </message>
    <message>
        <source>Give every benchmark a verdict before accepting; still without one: {codes}.</source>
        <translation>ต้องพิจารณาทุกตัวชี้วัดก่อนรับรอง ตัวชี้วัดที่ยังไม่ได้พิจารณา: {codes}</translation>
    </message>
    <message>
        <source>This is a delta bundle, and these files it leaves out are not held here: {names}.</source>
        <translation>นี่คือชุดข้อมูลส่วนเพิ่ม และที่นี่ไม่มีไฟล์ที่ชุดข้อมูลไม่ได้ใส่มาเหล่านี้: {names}</translation>
    </message>
    <message>
        <source>{value} is not a size: give it as, for example, 20MB or 1GB.</source>
        <translation>{value} ไม่ใช่ขนาด กรุณาระบุ เช่น 20MB หรือ 1GB</translation>
    </message>
    <message>
        <source>A part must hold at least {limit} bytes.</source>
        <translation>แต่ละส่วนต้องมีขนาดอย่างน้อย {limit} ไบต์</translation>
    </message>
    <message>
        <source>With parts of that size the bundle would need {count} parts; at most {limit} are possible. Choose larger parts.</source>
        <translation>หากใช้ส่วนขนาดนั้น ชุดข้อมูลจะต้องแบ่งเป็น {count} ส่วน แต่แบ่งได้ไม่เกิน {limit} ส่วน กรุณาเลือกขนาดส่วนที่ใหญ่ขึ้น</translation>
    </message>
    <message>
        <source>No bundle of district {district} for that round has been received.</source>
        <translation>ยังไม่ได้รับชุดข้อมูลของเขต {district} สำหรับรอบนั้น</translation>
    </message>
    <message>
        <source>The file {file} is not a valid receipt from City Hall: it was changed after it was signed, or it is damaged.</source>
        <translation>ไฟล์ {file} ไม่ใช่ใบตอบรับที่ถูกต้องจากศาลาว่าการ: ถูกแก้ไขหลังลงนาม หรือไฟล์เสียหาย</translation>
    </message>
    <message>
        <source>The receipt {file} is signed by office key {key_id}, which this district does not trust.</source>
        <translation>ใบตอบรับ {file} ลงนามด้วยกุญแจสำนักงาน {key_id} ซึ่งเขตนี้ไม่ได้ให้ความเชื่อถือ</translation>
    </message>
    <message>
        <source>The receipt {file} was made for district {district}, not for this district ({own}).</source>
        <translation>ใบตอบรับ {file} ทำขึ้นสำหรับเขต {district} ไม่ใช่สำหรับเขตนี้ ({own})</translation>
    </message>
    <message>
        <source>No receipt from City Hall has been imported for round {round}, so a delta bundle cannot be made: import the office's receipt first (sealdesk receipt import FILE), or export a full bundle.</source>
        <translation>ยังไม่ได้นำเข้าใบตอบรับจากศาลาว่าการสำหรับรอบ {round} จึงทำชุดข้อมูลส่วนเพิ่มไม่ได้ กรุณานำเข้าใบตอบรับของสำนักงานก่อน (sealdesk receipt import FILE) หรือส่งออกชุดข้อมูลฉบับเต็ม</translation>
    </message>
    <message>
        <source>Workbook {file} has no sheet named {sheet}: a catalog workbook needs the sheets catalog and benchmarks.</source>
        <translation>สมุดงาน {file} ไม่มีชีตชื่อ {sheet} สมุดงานชุดเกณฑ์ต้องมีชีต catalog และ benchmarks</translation>
    </message>
    <message>
        <source>Workbook {file}, sheet {sheet}, row {row}, column {column}: a benchmark mandatory for a lower level must be mandatory for this level too.</source>
        <translation>สมุดงาน {file} ชีต {sheet} แถว {row} คอลัมน์ {column}: เกณฑ์ที่บังคับสำหรับระดับที่ต่ำกว่า ต้องบังคับสำหรับระดับนี้ด้วย</translation>
    </message>
    <message>
        <source>Workbook {file}, sheet {sheet}, row {row}, column {column}: a benchmark needs at least one means of verification (one a line).</source>
        <translation>สมุดงาน {file} ชีต {sheet} แถว {row} คอลัมน์ {column}: เกณฑ์ต้องมีหลักฐานที่ใช้ตรวจสอบอย่างน้อยหนึ่งรายการ (บรรทัดละรายการ)</translation>
    </message>
    <message>
        <source>Workbook {file}, sheet {sheet}, row {row}, column {column}: benchmark {code} must come below a standard row.</source>
        <translation>สมุดงาน {file} ชีต {sheet} แถว {row} คอลัมน์ {column}: เกณฑ์ {code} ต้องอยู่ใต้แถวมาตรฐาน</translation>
    </message>
    <message>
        <source>Workbook {file}, sheet {sheet}, row {row}, column {column}: only benchmark rows have means of verification.</source>
        <translation>สมุดงาน {file} ชีต {sheet} แถว {row} คอลัมน์ {column}: มีเพียงแถวเกณฑ์เท่านั้นที่มีหลักฐานที่ใช้ตรวจสอบ</translation>
    </message>
    <message>
        <source>Workbook {file}, sheet {sheet}, row {row}, column {column}: only benchmarks are mandatory for a level; leave this empty.</source>
        <translation>สมุดงาน {file} ชีต {sheet} แถว {row} คอลัมน์ {column}: มีเพียงเกณฑ์เท่านั้นที่บังคับสำหรับระดับได้ กรุณาเว้นช่องนี้ว่างไว้</translation>
    </message>
    <message>
        <source>Workbook {file}, sheet {sheet}, row {row}, column {column}: standard {code} must come below a dimension row.</source>
        <translation>สมุดงาน {file} ชีต {sheet} แถว {row} คอลัมน์ {column}: มาตรฐาน {code} ต้องอยู่ใต้แถวมิติ</translation>
    </message>
    <message>
        <source>Workbook {file}, sheet {sheet}, row {row}, column {column}: the English title is missing.</source>
        <translation>สมุดงาน {file} ชีต {sheet} แถว {row} คอลัมน์ {column}: ไม่มีชื่อภาษาอังกฤษ</translation>
    </message>
    <message>
        <source>Workbook {file}, sheet {sheet}, row {row}, column {column}: the Thai title is missing.</source>
        <translation>สมุดงาน {file} ชีต {sheet} แถว {row} คอลัมน์ {column}: ไม่มีชื่อภาษาไทย</translation>
    </message>
    <message>
        <source>Workbook {file}, sheet {sheet}, row {row}, column {column}: the benchmark's English description is missing.</source>
        <translation>สมุดงาน {file} ชีต {sheet} แถว {row} คอลัมน์ {column}: ไม่มีคำอธิบายเกณฑ์ภาษาอังกฤษ</translation>
    </message>
    <message>
        <source>Workbook {file}, sheet {sheet}, row {row}, column {column}: the benchmark's Thai description is missing.</source>
        <translation>สมุดงาน {file} ชีต {sheet} แถว {row} คอลัมน์ {column}: ไม่มีคำอธิบายเกณฑ์ภาษาไทย</translation>
    </message>
    <message>
        <source>Workbook {file}, sheet {sheet}, row {row}, column {column}: the code is missing.</source>
        <translation>สมุดงาน {file} ชีต {sheet} แถว {row} คอลัมน์ {column}: ไม่มีรหัส</translation>
    </message>
    <message>
        <source>Workbook {file}, sheet {sheet}, row {row}, column {column}: the code {code} does not fit under dimension {parent} above it.</source>
        <translation>สมุดงาน {file} ชีต {sheet} แถว {row} คอลัมน์ {column}: รหัส {code} ไม่อยู่ภายใต้มิติ {parent} ที่อยู่ด้านบน</translation>
    </message>
    <message>
        <source>Workbook {file}, sheet {sheet}, row {row}, column {column}: the code {code} does not fit under standard {parent} above it.</source>
        <translation>สมุดงาน {file} ชีต {sheet} แถว {row} คอลัมน์ {column}: รหัส {code} ไม่อยู่ภายใต้มาตรฐาน {parent} ที่อยู่ด้านบน</translation>
    </message>
    <message>
        <source>Workbook {file}, sheet {sheet}, row {row}, column {column}: the code {code} is already used in row {other}.</source>
        <translation>สมุดงาน {file} ชีต {sheet} แถว {row} คอลัมน์ {column}: รหัส {code} ถูกใช้แล้วในแถว {other}</translation>
    </message>
    <message>
        <source>Workbook {file}, sheet {sheet}, row {row}, column {column}: the column name {name} appears twice.</source>
        <translation>สมุดงาน {file} ชีต {sheet} แถว {row} คอลัมน์ {column}: ชื่อคอลัมน์ {name} ซ้ำกัน</translation>
    </message>
    <message>
        <source>Workbook {file}, sheet {sheet}, row {row}, column {column}: the kind of row is missing; write dimension, standard or benchmark.</source>
        <translation>สมุดงาน {file} ชีต {sheet} แถว {row} คอลัมน์ {column}: ไม่ได้ระบุประเภทแถว กรุณาใส่ dimension (มิติ) standard (มาตรฐาน) หรือ benchmark (เกณฑ์)</translation>
    </message>
    <message>
        <source>Workbook {file}, sheet {sheet}, row {row}, column {column}: this is empty while {other} is filled in.</source>
        <translation>สมุดงาน {file} ชีต {sheet} แถว {row} คอลัมน์ {column}: ช่องนี้ว่าง ขณะที่ {other} มีข้อความ</translation>
    </message>
    <message>
        <source>Workbook {file}, sheet {sheet}, row {row}, column {column}: {value} is not a code; write digits separated by dots, such as 1.2.1.</source>
        <translation>สมุดงาน {file} ชีต {sheet} แถว {row} คอลัมน์ {column}: {value} ไม่ใช่รหัส กรุณาใส่ตัวเลขคั่นด้วยจุด เช่น 1.2.1</translation>
    </message>
    <message>
        <source>Workbook {file}, sheet {sheet}, row {row}, column {column}: {value} is not a kind of row; write dimension, standard or benchmark.</source>
        <translation>สมุดงาน {file} ชีต {sheet} แถว {row} คอลัมน์ {column}: {value} ไม่ใช่ประเภทแถว กรุณาใส่ dimension (มิติ) standard (มาตรฐาน) หรือ benchmark (เกณฑ์)</translation>
    </message>
    <message>
        <source>Workbook {file}, sheet {sheet}, row {row}, column {column}: {value} is not yes or no.</source>
        <translation>สมุดงาน {file} ชีต {sheet} แถว {row} คอลัมน์ {column}: {value} ไม่ใช่ yes (ใช่) หรือ no (ไม่ใช่)</translation>
    </message>
    <message>
        <source>Workbook {file}, sheet {sheet}, row {row}: dimension {code} has no standard.</source>
        <translation>สมุดงาน {file} ชีต {sheet} แถว {row}: มิติ {code} ไม่มีมาตรฐาน</translation>
    </message>
    <message>
        <source>Workbook {file}, sheet {sheet}, row {row}: standard {code} has no benchmark.</source>
        <translation>สมุดงาน {file} ชีต {sheet} แถว {row}: มาตรฐาน {code} ไม่มีเกณฑ์</translation>
    </message>
    <message>
        <source>Workbook {file}, sheet {sheet}, row {row}: the Thai and English means of verification must have the same number of lines (one means of verification a line).</source>
        <translation>สมุดงาน {file} ชีต {sheet} แถว {row}: หลักฐานที่ใช้ตรวจสอบภาษาไทยและภาษาอังกฤษต้องมีจำนวนบรรทัดเท่ากัน (บรรทัดละรายการ)</translation>
    </message>
    <message>
        <source>Workbook {file}, sheet {sheet}, row {row}: the field {field} appears twice.</source>
        <translation>สมุดงาน {file} ชีต {sheet} แถว {row}: ช่องข้อมูล {field} ซ้ำกัน</translation>
    </message>
    <message>
        <source>Workbook {file}, sheet {sheet}, row {row}: the status must be template or official, not {value}.</source>
        <translation>สมุดงาน {file} ชีต {sheet} แถว {row}: สถานะต้องเป็น template (แม่แบบ) หรือ official (ทางการ) ไม่ใช่ {value}</translation>
    </message>
    <message>
        <source>Workbook {file}, sheet {sheet}, row {row}: {field} must be a whole percentage from 1 to 100, not {value}.</source>
        <translation>สมุดงาน {file} ชีต {sheet} แถว {row}: {field} ต้องเป็นร้อยละจำนวนเต็มตั้งแต่ 1 ถึง 100 ไม่ใช่ {value}</translation>
    </message>
    <message>
        <source>Workbook {file}, sheet {sheet}, row {row}: {value} is not a date; write it as 2024-10-01.</source>
        <translation>สมุดงาน {file} ชีต {sheet} แถว {row}: {value} ไม่ใช่วันที่ กรุณาเขียนแบบ 2024-10-01</translation>
    </message>
    <message>
        <source>Workbook {file}, sheet {sheet}: more than {limit} rows, far more than a catalog needs; delete the rows below the catalog.</source>
        <translation>สมุดงาน {file} ชีต {sheet}: มีมากกว่า {limit} แถว ซึ่งมากเกินกว่าที่ชุดเกณฑ์ต้องใช้ กรุณาลบแถวที่อยู่ใต้ชุดเกณฑ์</translation>
    </message>
    <message>
        <source>Workbook {file}, sheet {sheet}: row 1 has no column named {name}.</source>
        <translation>สมุดงาน {file} ชีต {sheet}: แถว 1 ไม่มีคอลัมน์ชื่อ {name}</translation>
    </message>
    <message>
        <source>Workbook {file}, sheet {sheet}: the field {field} is empty while {other} is filled in.</source>
        <translation>สมุดงาน {file} ชีต {sheet}: ช่องข้อมูล {field} ว่าง ขณะที่ {other} มีข้อความ</translation>
    </message>
    <message>
        <source>Workbook {file}, sheet {sheet}: the field {field} is missing or empty.</source>
        <translation>สมุดงาน {file} ชีต {sheet}: ไม่มีช่องข้อมูล {field} หรือช่องนั้นว่าง</translation>
    </message>
    <message>
        <source>Workbook {file}, sheet {sheet}: the thresholds must not fall from Bronze to Silver to Gold.</source>
        <translation>สมุดงาน {file} ชีต {sheet}: เกณฑ์คะแนนต้องไม่ลดลงจากระดับทองแดงไปเงินและทอง</translation>
    </message>
    <message>
        <source>Workbook {file}, sheet {sheet}: there is no dimension row.</source>
        <translation>สมุดงาน {file} ชีต {sheet}: ไม่มีแถวมิติ</translation>
    </message>
    <message>
        <source>{file} contains an XML document type declaration (part {part}), which workbooks never need; it is refused as a possible XML bomb.</source>
        <translation>{file} มีการประกาศชนิดเอกสาร XML (ส่วน {part}) ซึ่งสมุดงานไม่จำเป็นต้องมี จึงปฏิเสธไว้เพราะอาจเป็น XML bomb</translation>
    </message>
    <message>
        <source>{file} has more parts than a workbook needs (over {limit}); it is refused.</source>
        <translation>{file} มีส่วนประกอบมากเกินกว่าที่สมุดงานต้องมี (เกิน {limit} ส่วน) จึงปฏิเสธไว้</translation>
    </message>
    <message>
        <source>{file} is a zip file but not an Excel workbook (.xlsx): it has no workbook part.</source>
        <translation>{file} เป็นไฟล์ zip แต่ไม่ใช่สมุดงาน Excel (.xlsx) เพราะไม่มีส่วนสมุดงาน</translation>
    </message>
    <message>
        <source>{file} is an old-style .xls workbook or is protected with a password: save it as an Excel workbook (.xlsx) without a password.</source>
        <translation>{file} เป็นสมุดงานแบบเก่า .xls หรือมีการตั้งรหัสผ่านไว้ กรุณาบันทึกเป็นสมุดงาน Excel (.xlsx) โดยไม่ตั้งรหัสผ่าน</translation>
    </message>
    <message>
        <source>{file} is damaged or is not a workbook SealDesk can read.</source>
        <translation>{file} เสียหาย หรือไม่ใช่สมุดงานที่ SealDesk อ่านได้</translation>
    </message>
    <message>
        <source>{file} is not an Excel workbook (.xlsx): save it from Excel or LibreOffice as an Excel workbook (.xlsx).</source>
        <translation>{file} ไม่ใช่สมุดงาน Excel (.xlsx) กรุณาบันทึกจาก Excel หรือ LibreOffice เป็นสมุดงาน Excel (.xlsx)</translation>
    </message>
    <message>
        <source>{file} would unpack to far more than a catalog workbook holds (part {part}); it is refused as a possible zip bomb.</source>
        <translation>{file} จะขยายออกมาใหญ่เกินกว่าสมุดงานชุดเกณฑ์มาก (ส่วน {part}) จึงปฏิเสธไว้เพราะอาจเป็น zip bomb</translation>
    </message>
    <message>
        <source>{file} has more than {limit} cells in part {part}, far more than a catalog needs; it is refused.</source>
        <translation>{file} มีเซลล์มากกว่า {limit} เซลล์ในส่วน {part} ซึ่งมากเกินกว่าที่ชุดเกณฑ์ต้องใช้ จึงปฏิเสธไว้</translation>
    </message>
    <message>
        <source>Give either a bundle and a protected file, or --age FILE, not both.</source>
        <translation>ระบุชุดเอกสารและไฟล์ที่ได้รับการคุ้มครอง หรือระบุ --age FILE อย่างใดอย่างหนึ่ง ไม่ใช่ทั้งสองอย่าง</translation>
    </message>
    <message>
        <source>Give the reader&apos;s name (at most 200 characters).</source>
        <translation>กรุณาระบุชื่อผู้มีสิทธิ์อ่าน (ไม่เกิน 200 ตัวอักษร)</translation>
    </message>
    <message>
        <source>The bundle&apos;s index of protected files is damaged.</source>
        <translation>รายการไฟล์ที่ได้รับการคุ้มครองของชุดเอกสารนี้เสียหาย</translation>
    </message>
    <message>
        <source>The office holds no protected file {file} in bundle {bundle_id}.</source>
        <translation>สำนักงานไม่มีไฟล์ที่ได้รับการคุ้มครอง {file} ในชุดเอกสาร {bundle_id}</translation>
    </message>
    <message>
        <source>The passphrase does not unlock the reader {name}; nothing was opened.</source>
        <translation>รหัสผ่านไม่ถูกต้องสำหรับผู้มีสิทธิ์อ่าน {name} จึงไม่ได้เปิดไฟล์ใด</translation>
    </message>
    <message>
        <source>The protected file is too large to open.</source>
        <translation>ไฟล์ที่ได้รับการคุ้มครองมีขนาดใหญ่เกินกว่าจะเปิดได้</translation>
    </message>
    <message>
        <source>The protected file {file} does not match its index; it is damaged.</source>
        <translation>ไฟล์ที่ได้รับการคุ้มครอง {file} ไม่ตรงกับรายการของไฟล์ ไฟล์เสียหาย</translation>
    </message>
    <message>
        <source>The protected file {file} was erased on {date} (retention ended).</source>
        <translation>ไฟล์ที่ได้รับการคุ้มครอง {file} ถูกลบไปแล้วเมื่อ {date} (ครบระยะเวลาการเก็บรักษา)</translation>
    </message>
    <message>
        <source>The retention period is from 1 to 50 years.</source>
        <translation>ระยะเวลาการเก็บรักษาต้องอยู่ระหว่าง 1 ถึง 50 ปี</translation>
    </message>
    <message>
        <source>There is already a reader named {name}.</source>
        <translation>มีผู้มีสิทธิ์อ่านชื่อ {name} อยู่แล้ว</translation>
    </message>
    <message>
        <source>There is no reader named {name}.</source>
        <translation>ไม่มีผู้มีสิทธิ์อ่านชื่อ {name}</translation>
    </message>
    <message>
        <source>This file was not encrypted for the reader {name}; ask a reader it was encrypted for.</source>
        <translation>ไฟล์นี้ไม่ได้เข้ารหัสไว้สำหรับผู้มีสิทธิ์อ่าน {name} กรุณาให้ผู้มีสิทธิ์อ่านที่ไฟล์เข้ารหัสไว้ให้เป็นผู้เปิด</translation>
    </message>
    <message>
        <source>The protected files of bundle {bundle_id} were erased on {date} (retention ended), so the bundle can no longer be rebuilt as it came.</source>
        <translation>ไฟล์ที่ได้รับการคุ้มครองของชุดเอกสาร {bundle_id} ถูกลบไปแล้วเมื่อ {date} (ครบระยะเวลาการเก็บรักษา) จึงสร้างชุดเอกสารตามที่ได้รับมาขึ้นใหม่ไม่ได้อีก</translation>
    </message>
    <message>
        <source>The quarantined file {id} was erased when its retention period ended; ask the district to send it again.</source>
        <translation>ไฟล์ที่กักไว้ {id} ถูกลบไปแล้วเมื่อครบระยะเวลาการเก็บรักษา กรุณาขอให้สำนักงานเขตส่งมาใหม่</translation>
    </message>
    <message>
        <source>A backup with personal data needs a passphrase.</source>
        <translation>ไฟล์สำรองข้อมูลที่มีข้อมูลส่วนบุคคลต้องมีรหัสผ่าน</translation>
    </message>
    <message>
        <source>Evidence marked as personal data can only be sent encrypted, and no trusted office card names the people allowed to read it; add the office&apos;s current card with &apos;sealdesk trust add&apos; first.</source>
        <translation>หลักฐานที่ทำเครื่องหมายว่ามีข้อมูลส่วนบุคคลส่งได้เฉพาะแบบเข้ารหัส แต่ยังไม่มีบัตรของศูนย์ประสานงานที่เชื่อถือใบใดระบุผู้มีสิทธิ์อ่าน กรุณาเพิ่มบัตรปัจจุบันของศูนย์ประสานงานด้วย &apos;sealdesk trust add&apos; ก่อน</translation>
    </message>
    <message>
        <source>The office card {source} lists a reader whose key is damaged.</source>
        <translation>บัตรของศูนย์ประสานงาน {source} ระบุผู้มีสิทธิ์อ่านที่มีกุญแจเสียหาย</translation>
    </message>
    <message>
        <source>The passphrase does not open this backup; nothing was restored.</source>
        <translation>รหัสผ่านนี้เปิดไฟล์สำรองข้อมูลไม่ได้ จึงไม่ได้กู้คืนอะไร</translation>
    </message>
    <message>
        <source>This backup is encrypted; give its passphrase to restore it.</source>
        <translation>ไฟล์สำรองข้อมูลนี้เข้ารหัสไว้ กรุณาใส่รหัสผ่านเพื่อกู้คืน</translation>
    </message>
    <message>
        <source>This protected file was not encrypted for this key.</source>
        <translation>ไฟล์ที่ได้รับการคุ้มครองนี้ไม่ได้เข้ารหัสไว้สำหรับกุญแจนี้</translation>
    </message>
    <message>
        <source>This workspace holds evidence marked as personal data, so its backup is encrypted: give a passphrase, or choose explicitly to write it unencrypted.</source>
        <translation>พื้นที่ทำงานนี้มีหลักฐานที่ทำเครื่องหมายว่ามีข้อมูลส่วนบุคคล ไฟล์สำรองข้อมูลจึงต้องเข้ารหัส กรุณาใส่รหัสผ่าน หรือเลือกอย่างชัดแจ้งให้บันทึกโดยไม่เข้ารหัส</translation>
    </message>
    <message>
        <source>The catalog edition {file} does not name the catalog it holds; ask the office for the file again.</source>
        <translation>ไฟล์เกณฑ์ {file} ไม่ได้ระบุเกณฑ์ที่อยู่ภายใน โปรดขอไฟล์จากสำนักงานอีกครั้ง</translation>
    </message>
    <message>
        <source>The catalog edition {file} is signed by the office key {key_id}, which this district does not trust; add the office&apos;s card with &apos;sealdesk trust add&apos; first.</source>
        <translation>ไฟล์เกณฑ์ {file} ลงนามด้วยกุญแจสำนักงาน {key_id} ซึ่งเขตนี้ไม่ได้เชื่อถือ โปรดเพิ่มบัตรสำนักงานด้วย &apos;sealdesk trust add&apos; ก่อน</translation>
    </message>
    <message>
        <source>The catalog edition {file} was changed after the office signed it; ask the office for the file again.</source>
        <translation>ไฟล์เกณฑ์ {file} ถูกแก้ไขหลังจากสำนักงานลงนาม โปรดขอไฟล์จากสำนักงานอีกครั้ง</translation>
    </message>
    <message>
        <source>The catalog {file} is marked as a template; set status = &quot;official&quot; before publishing it.</source>
        <translation>เกณฑ์ {file} ระบุว่าเป็นแม่แบบ โปรดตั้ง status = &quot;official&quot; ก่อนเผยแพร่</translation>
    </message>
    <message>
        <source>The edition {edition} {version} was already published with other text; give this one a new version.</source>
        <translation>เกณฑ์ฉบับ {edition} {version} เคยเผยแพร่ด้วยเนื้อหาอื่นแล้ว โปรดกำหนดรุ่นใหม่ให้ฉบับนี้</translation>
    </message>
    <message>
        <source>The edition {edition} {version} was already published.</source>
        <translation>เกณฑ์ฉบับ {edition} {version} เผยแพร่ไปแล้ว</translation>
    </message>
    <message>
        <source>The file {file} is not a usable signed catalog edition ({detail}).</source>
        <translation>ไฟล์ {file} ไม่ใช่ไฟล์เกณฑ์ที่ลงนามซึ่งใช้งานได้ ({detail})</translation>
    </message>
    <message>
        <source>The file {file} is a signed catalog edition: start with the shipped catalog, trust the office&apos;s card, then import the edition into the round.</source>
        <translation>ไฟล์ {file} เป็นเกณฑ์ฉบับที่ลงนาม โปรดเริ่มด้วยเกณฑ์ที่มากับโปรแกรม เชื่อถือบัตรสำนักงาน แล้วจึงนำเข้าเกณฑ์ฉบับนี้ในรอบการประเมิน</translation>
    </message>
    <message>
        <source>There is not enough memory to encrypt the backup {file}; nothing was written. Close other programs and try again.</source>
        <translation>หน่วยความจำไม่พอสำหรับเข้ารหัสไฟล์สำรองข้อมูล {file} จึงไม่ได้เขียนอะไร โปรดปิดโปรแกรมอื่นแล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>The encrypted backup {file} is larger than {limit} bytes, the most SealDesk can open; nothing was restored.</source>
        <translation>ไฟล์สำรองข้อมูลที่เข้ารหัส {file} มีขนาดเกิน {limit} ไบต์ ซึ่งเป็นขนาดสูงสุดที่ SealDesk เปิดได้ จึงไม่ได้กู้คืนอะไร</translation>
    </message>
    <message>
        <source>There is not enough memory to decrypt the backup {file}; nothing was restored. Close other programs and try again.</source>
        <translation>หน่วยความจำไม่พอสำหรับถอดรหัสไฟล์สำรองข้อมูล {file} จึงไม่ได้กู้คืนอะไร โปรดปิดโปรแกรมอื่นแล้วลองอีกครั้ง</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>{name} is already in the library and used for {codes}; it is stored once.</source>
        <translation>{name} มีอยู่ในคลังหลักฐานแล้ว และใช้กับเกณฑ์ {codes} ระบบเก็บไฟล์นี้ไว้เพียงชุดเดียว</translation>
    </message>
    <message>
        <source>{name} is already in the library; it is stored once.</source>
        <translation>{name} มีอยู่ในคลังหลักฐานแล้ว ระบบเก็บไฟล์นี้ไว้เพียงชุดเดียว</translation>
    </message>
    <message>
        <source>Import cancelled; the remaining files were not added.</source>
        <translation>ยกเลิกการนำเข้าแล้ว ไฟล์ที่เหลือยังไม่ได้เพิ่ม</translation>
    </message>
    <message numerus="yes">
        <source>Added %n documents.</source>
        <translation>
            <numerusform>เพิ่มเอกสาร %n รายการแล้ว</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Welcome to SealDesk</source>
        <translation>ยินดีต้อนรับสู่ SealDesk</translation>
    </message>
    <message>
        <source>Tell SealDesk which district office you work for. You can start the self-assessment right after.</source>
        <translation>เลือกสำนักงานเขตที่ท่านปฏิบัติงาน แล้วเริ่มการประเมินตนเองได้ทันที</translation>
    </message>
    <message>
        <source>&amp;District office:</source>
        <translation>สำนักงานเขต(&amp;D):</translation>
    </message>
    <message>
        <source>Type a name in Thai or English</source>
        <translation>พิมพ์ชื่อเขตภาษาไทยหรือภาษาอังกฤษ</translation>
    </message>
    <message>
        <source>District offices</source>
        <translation>สำนักงานเขต</translation>
    </message>
    <message>
        <source>&amp;Round (B.E. year):</source>
        <translation>รอบการประเมิน (ปี พ.ศ.)(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>ชื่อของท่าน(&amp;Y):</translation>
    </message>
    <message>
        <source>Recorded with every change you make</source>
        <translation>ระบบจะบันทึกชื่อนี้กับทุกการแก้ไข</translation>
    </message>
    <message>
        <source>Catalog:</source>
        <translation>ชุดเกณฑ์:</translation>
    </message>
    <message>
        <source>The catalog shipped with SealDesk</source>
        <translation>ชุดเกณฑ์ที่มาพร้อมกับ SealDesk</translation>
    </message>
    <message>
        <source>A file from the coordinating office:</source>
        <translation>ไฟล์จากสำนักงานประสานงาน:</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>เลือก...</translation>
    </message>
    <message>
        <source>&amp;Keep the work in:</source>
        <translation>เก็บงานไว้ที่(&amp;K):</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>เริ่มใช้งาน</translation>
    </message>
    <message>
        <source>Catalog file</source>
        <translation>ไฟล์ชุดเกณฑ์</translation>
    </message>
    <message>
        <source>Catalogs (*.toml)</source>
        <translation>ชุดเกณฑ์ (*.toml)</translation>
    </message>
    <message>
        <source>Keep the work in</source>
        <translation>เก็บงานไว้ที่</translation>
    </message>
    <message>
        <source>Choose your district office in the list.</source>
        <translation>กรุณาเลือกสำนักงานเขตจากรายการ</translation>
    </message>
    <message>
        <source>Write your name; it is recorded with your changes.</source>
        <translation>กรุณาใส่ชื่อของท่าน ระบบจะบันทึกชื่อนี้กับการแก้ไขของท่าน</translation>
    </message>
    <message>
        <source>Choose the catalog file, or use the shipped catalog.</source>
        <translation>กรุณาเลือกไฟล์ชุดเกณฑ์ หรือใช้ชุดเกณฑ์ที่มาพร้อมโปรแกรม</translation>
    </message>
    <message>
        <source>A district office (the self-assessment)</source>
        <translation>สำนักงานเขต (ทำแบบประเมินตนเอง)</translation>
    </message>
    <message>
        <source>As it should appear on reports</source>
        <translation>ชื่อที่จะแสดงในรายงาน</translation>
    </message>
    <message>
        <source>Office &amp;name:</source>
        <translation>ชื่อหน่วยงาน(&amp;N):</translation>
    </message>
    <message>
        <source>The coordinating office at City Hall (receives the districts' bundles)</source>
        <translation>หน่วยงานประสานงานที่ศาลาว่าการกรุงเทพมหานคร (รับชุดข้อมูลจากสำนักงานเขต)</translation>
    </message>
    <message>
        <source>This office is:</source>
        <translation>หน่วยงานนี้คือ:</translation>
    </message>
    <message>
        <source>Write the name of the office.</source>
        <translation>กรุณาระบุชื่อหน่วยงาน</translation>
    </message>
    <message>
        <source>Give the coordinating office's name and where to keep its work. You can receive the districts' bundles right after.</source>
        <translation>ระบุชื่อหน่วยงานประสานงานและโฟลเดอร์ที่จะเก็บงาน จากนั้นจะรับชุดข้อมูลจากสำนักงานเขตได้ทันที</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <source>The file is empty.</source>
        <translation>ไฟล์นี้ว่างเปล่า</translation>
    </message>
    <message>
        <source>The file could not be read: {error}</source>
        <translation>อ่านไฟล์ไม่ได้: {error}</translation>
    </message>
    <message>
        <source>The file stayed locked by another program and could not be opened.</source>
        <translation>ไฟล์ถูกโปรแกรมอื่นใช้งานอยู่ตลอด จึงเปิดไม่ได้</translation>
    </message>
    <message>
        <source>SealDesk could not import {name}:
{reason}

Fix or replace the file here in the failed folder and SealDesk will try again.
</source>
        <translation>SealDesk นำเข้า {name} ไม่ได้:
{reason}

แก้ไขหรือแทนที่ไฟล์ในโฟลเดอร์ failed นี้ แล้ว SealDesk จะลองนำเข้าอีกครั้ง
</translation>
    </message>
    <message>
        <source>Starting to watch {folder}...</source>
        <translation>กำลังเริ่มเฝ้าดูโฟลเดอร์ {folder}...</translation>
    </message>
    <message>
        <source>Watching {folder} for new files.</source>
        <translation>กำลังเฝ้าดูไฟล์ใหม่ในโฟลเดอร์ {folder}</translation>
    </message>
    <message>
        <source>Checking {folder} for new files every {seconds} s.</source>
        <translation>ตรวจหาไฟล์ใหม่ในโฟลเดอร์ {folder} ทุก {seconds} วินาที</translation>
    </message>
    <message>
        <source>{folder} is on a network drive: checking it for new files every {seconds} s.</source>
        <translation>{folder} อยู่บนไดรฟ์เครือข่าย จะตรวจหาไฟล์ใหม่ทุก {seconds} วินาที</translation>
    </message>
    <message>
        <source>File-system events do not arrive from {folder}: checking it for new files every {seconds} s instead.</source>
        <translation>ไม่ได้รับการแจ้งเตือนไฟล์จาก {folder} จึงตรวจหาไฟล์ใหม่ทุก {seconds} วินาทีแทน</translation>
    </message>
    <message>
        <source>Could not watch {folder} for events ({error}): checking it for new files every {seconds} s instead.</source>
        <translation>เฝ้าดูโฟลเดอร์ {folder} ไม่ได้ ({error}) จึงตรวจหาไฟล์ใหม่ทุก {seconds} วินาทีแทน</translation>
    </message>
    <message>
        <source>Could not import {name} just now ({error}); SealDesk will try again.</source>
        <translation>ยังนำเข้า {name} ไม่ได้ในขณะนี้ ({error}) SealDesk จะลองใหม่อีกครั้ง</translation>
    </message>
    <message>
        <source>Cannot use the inbox folder {folder}: {error}</source>
        <translation>ใช้โฟลเดอร์รับไฟล์ {folder} ไม่ได้: {error}</translation>
    </message>
    <message>
        <source>the folder is missing</source>
        <translation>ไม่พบโฟลเดอร์</translation>
    </message>
    <message>
        <source>Another SealDesk is already taking files from {folder}; this one will take over when it stops.</source>
        <translation>มี SealDesk อีกโปรแกรมกำลังรับไฟล์จาก {folder} อยู่ โปรแกรมนี้จะรับช่วงต่อเมื่อโปรแกรมนั้นหยุด</translation>
    </message>
    <message>
        <source>Stopped watching {folder}.</source>
        <translation>หยุดเฝ้าดูโฟลเดอร์ {folder} แล้ว</translation>
    </message>
</context>
<context>
    <name>InboxPanel</name>
    <message>
        <source>Scanner folder: {folder}</source>
        <translation>โฟลเดอร์เครื่องสแกน: {folder}</translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation>ยังไม่ได้เลือก</translation>
    </message>
    <message>
        <source>Choose folder...</source>
        <translation>เลือกโฟลเดอร์...</translation>
    </message>
    <message>
        <source>Documents waiting to be filed</source>
        <translation>เอกสารที่รอจัดเก็บ</translation>
    </message>
    <message>
        <source>suggested: {code}</source>
        <translation>แนะนำ: {code}</translation>
    </message>
    <message>
        <source>no suggestion</source>
        <translation>ไม่มีเกณฑ์แนะนำ</translation>
    </message>
    <message>
        <source>Scanner folder</source>
        <translation>โฟลเดอร์เครื่องสแกน</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>ทิ้ง(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>นำกลับมา(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <source>Discarded %n scans; they are kept in {folder} and can be restored from the Discarded tab.</source>
        <translation>
            <numerusform>ทิ้งเอกสารสแกน %n รายการแล้ว เอกสารยังเก็บไว้ใน {folder} และนำกลับมาได้จากแท็บที่ทิ้งแล้ว</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discarded (%n)</source>
        <translation>
            <numerusform>ที่ทิ้งแล้ว (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Discarded scans</source>
        <translation>เอกสารสแกนที่ทิ้งแล้ว</translation>
    </message>
    <message>
        <source>File &amp;under benchmarks...</source>
        <translation>จัดเก็บในเกณฑ์ที่เลือก(&amp;U)...</translation>
    </message>
    <message>
        <source>File under the &amp;suggested benchmark</source>
        <translation>จัดเก็บในเกณฑ์ที่แนะนำ(&amp;S)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>ตัวอย่าง</translation>
    </message>
    <message>
        <source>Select one or more discarded scans first.</source>
        <translation>เลือกเอกสารสแกนที่ทิ้งแล้วอย่างน้อยหนึ่งรายการก่อน</translation>
    </message>
    <message>
        <source>Select one or more scans first.</source>
        <translation>เลือกเอกสารสแกนอย่างน้อยหนึ่งรายการก่อน</translation>
    </message>
    <message numerus="yes">
        <source>Waiting to be filed (%n)</source>
        <translation>
            <numerusform>รอจัดเก็บ (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}  (discarded on {date} at {time})</source>
        <translation>{name}  (ทิ้งเมื่อ {date} เวลา {time} น.)</translation>
    </message>
    <message>
        <source>{name} has no suggested benchmark: choose one with File under benchmarks.</source>
        <translation>{name} ไม่มีเกณฑ์แนะนำ: เลือกเกณฑ์ด้วยปุ่มจัดเก็บในเกณฑ์ที่เลือก</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>กรุณารอสักครู่</translation>
    </message>
</context>
<context>
    <name>Level</name>
    <message>
        <source>Bronze</source>
        <translation>ทองแดง</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>เงิน</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>ทอง</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>Select a document to see it here.</source>
        <translation>เลือกเอกสารเพื่อดูตัวอย่างที่นี่</translation>
    </message>
    <message>
        <source>No preview for this kind of file. Use “Open” to view it.</source>
        <translation>ไม่มีตัวอย่างสำหรับไฟล์ประเภทนี้ กด “เปิด” เพื่อดูไฟล์</translation>
    </message>
    <message>
        <source>Search documents by name or description</source>
        <translation>ค้นหาเอกสารจากชื่อหรือคำอธิบาย</translation>
    </message>
    <message>
        <source>Search documents</source>
        <translation>ค้นหาเอกสาร</translation>
    </message>
    <message>
        <source>Only documents not used yet</source>
        <translation>เฉพาะเอกสารที่ยังไม่ได้ใช้</translation>
    </message>
    <message>
        <source>Evidence library</source>
        <translation>คลังหลักฐาน</translation>
    </message>
    <message>
        <source>Add files...</source>
        <translation>เพิ่มไฟล์...</translation>
    </message>
    <message>
        <source>Link to benchmarks...</source>
        <translation>เชื่อมโยงกับเกณฑ์...</translation>
    </message>
    <message>
        <source>Edit details...</source>
        <translation>แก้ไขรายละเอียด...</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>ตัวอย่าง</translation>
    </message>
    <message>
        <source>not used yet</source>
        <translation>ยังไม่ได้ใช้</translation>
    </message>
    <message>
        <source>Effective date: {date}</source>
        <translation>วันที่มีผล: {date}</translation>
    </message>
    <message>
        <source>Used for: {codes}</source>
        <translation>ใช้กับเกณฑ์: {codes}</translation>
    </message>
    <message>
        <source>Added {date} by {who}</source>
        <translation>เพิ่มเมื่อ {date} โดย {who}</translation>
    </message>
    <message>
        <source>Document details</source>
        <translation>รายละเอียดเอกสาร</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>เอกสาร:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>คำอธิบาย:</translation>
    </message>
    <message>
        <source>Effective date:</source>
        <translation>วันที่มีผล:</translation>
    </message>
    <message>
        <source>Link {name} to benchmarks</source>
        <translation>เชื่อมโยง {name} กับเกณฑ์</translation>
    </message>
    <message>
        <source>Filter benchmarks</source>
        <translation>กรองเกณฑ์</translation>
    </message>
    <message>
        <source>Benchmarks</source>
        <translation>เกณฑ์</translation>
    </message>
    <message>
        <source>Link documents to {code}</source>
        <translation>เชื่อมโยงเอกสารกับเกณฑ์ {code}</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>เอกสาร</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>คำอธิบาย</translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation>วันที่มีผล</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>ใช้กับเกณฑ์</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>ขนาด</translation>
    </message>
    <message>
        <source>{n} bytes</source>
        <translation>{n} ไบต์</translation>
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
        <translation>เลือกเอกสารในรายการก่อน</translation>
    </message>
    <message>
        <source>{name} is used for {codes}: unlink it before removing it.</source>
        <translation>{name} ใช้เป็นหลักฐานของเกณฑ์ {codes}: ยกเลิกการเชื่อมโยงก่อนจึงจะลบได้</translation>
    </message>
    <message>
        <source>Contains personal data: sent encrypted, never printed by name</source>
        <translation>มีข้อมูลส่วนบุคคล: ส่งแบบเข้ารหัสและไม่พิมพ์ชื่อเอกสาร</translation>
    </message>
    <message>
        <source>{name} (personal data: sent encrypted, never printed by name)</source>
        <translation>{name} (ข้อมูลส่วนบุคคล: ส่งแบบเข้ารหัสและไม่พิมพ์ชื่อเอกสาร)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Close message</source>
        <translation>ปิดข้อความ</translation>
    </message>
    <message>
        <source>SealDesk — {district} district office</source>
        <translation>SealDesk — สำนักงานเขต{district}</translation>
    </message>
    <message>
        <source>Find a benchmark: code, Thai or English words</source>
        <translation>ค้นหาเกณฑ์: รหัส หรือคำภาษาไทย/อังกฤษ</translation>
    </message>
    <message>
        <source>Find a benchmark</source>
        <translation>ค้นหาเกณฑ์</translation>
    </message>
    <message>
        <source>Sh&amp;ow:</source>
        <translation>แสดง(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Aiming for:</source>
        <translation>ระดับเป้าหมาย(&amp;A):</translation>
    </message>
    <message>
        <source>All benchmarks</source>
        <translation>เกณฑ์ทั้งหมด</translation>
    </message>
    <message>
        <source>No evidence yet</source>
        <translation>ยังไม่มีหลักฐาน</translation>
    </message>
    <message>
        <source>Mandatory for {level}</source>
        <translation>เกณฑ์บังคับระดับ{level}</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>แสดง</translation>
    </message>
    <message>
        <source>Level aimed at</source>
        <translation>ระดับเป้าหมาย</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>รายการเกณฑ์</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>เกณฑ์</translation>
    </message>
    <message>
        <source>Evidence library</source>
        <translation>คลังหลักฐาน</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>ภาพรวม</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>พิมพ์(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Export the submission bundle...</source>
        <translation>ส่งออกชุดข้อมูลสำหรับยื่นประเมิน(&amp;E)...</translation>
    </message>
    <message>
        <source>&amp;Verify a bundle...</source>
        <translation>ตรวจสอบชุดข้อมูล(&amp;V)...</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>แฟ้ม(&amp;F)</translation>
    </message>
    <message>
        <source>Assessment &amp;round</source>
        <translation>รอบการประเมิน(&amp;R)</translation>
    </message>
    <message>
        <source>Start a &amp;new round...</source>
        <translation>เริ่มรอบการประเมินใหม่(&amp;N)...</translation>
    </message>
    <message>
        <source>&amp;Import a new catalog edition...</source>
        <translation>นำเข้าชุดเกณฑ์ฉบับใหม่(&amp;I)...</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>แก้ไข(&amp;E)</translation>
    </message>
    <message>
        <source>E&amp;vidence</source>
        <translation>หลักฐาน(&amp;V)</translation>
    </message>
    <message>
        <source>Vie&amp;w</source>
        <translation>มุมมอง(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ภาษา(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ช่วยเหลือ(&amp;H)</translation>
    </message>
    <message>
        <source>Change &amp;clerk&apos;s name...</source>
        <translation>เปลี่ยนชื่อผู้บันทึก(&amp;C)...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ออกจากโปรแกรม(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Find a benchmark</source>
        <translation>ค้นหาเกณฑ์(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Add files...</source>
        <translation>เพิ่มไฟล์(&amp;A)...</translation>
    </message>
    <message>
        <source>&amp;Benchmark page</source>
        <translation>หน้าเกณฑ์(&amp;B)</translation>
    </message>
    <message>
        <source>Evidence &amp;library</source>
        <translation>คลังหลักฐาน(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>ภาพรวม(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Inbox</source>
        <translation>ถาดรับเอกสาร(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;About SealDesk</source>
        <translation>เกี่ยวกับ SealDesk(&amp;A)</translation>
    </message>
    <message>
        <source>Round {round}</source>
        <translation>รอบการประเมิน {round}</translation>
    </message>
    <message>
        <source>Workspace: {path}</source>
        <translation>พื้นที่ทำงาน: {path}</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>เลิกทำ(&amp;U) {what}</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>ทำซ้ำ(&amp;R) {what}</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>บันทึกการเปลี่ยนแปลงทั้งหมดแล้ว</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>กำลังบันทึก…</translation>
    </message>
    <message>
        <source>Add evidence files</source>
        <translation>เพิ่มไฟล์หลักฐาน</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.docx *.xlsx);;All files (*)</source>
        <translation>เอกสาร (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.docx *.xlsx);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>ถาดรับเอกสาร</translation>
    </message>
    <message>
        <source>Preparing the document...</source>
        <translation>กำลังจัดทำเอกสาร...</translation>
    </message>
    <message>
        <source>Catalog from the coordinating office</source>
        <translation>ชุดเกณฑ์จากสำนักงานประสานงาน</translation>
    </message>
    <message>
        <source>Round {round} now uses the catalog {new}. Kept: {kept} assessments and {links} evidence links.</source>
        <translation>รอบการประเมิน {round} ใช้ชุดเกณฑ์ {new} แล้ว คงผลการประเมินไว้ {kept} รายการ และการเชื่อมโยงเอกสารหลักฐาน {links} รายการ</translation>
    </message>
    <message>
        <source>These benchmarks are not in the new edition; their work is kept in the workspace but no longer shown: {codes}</source>
        <translation>เกณฑ์ต่อไปนี้ไม่มีในชุดเกณฑ์ฉบับใหม่ ข้อมูลที่บันทึกไว้ยังเก็บอยู่ในพื้นที่ทำงานแต่จะไม่แสดงอีก: {codes}</translation>
    </message>
    <message>
        <source>New assessment round</source>
        <translation>รอบการประเมินใหม่</translation>
    </message>
    <message>
        <source>Buddhist-Era year of the new round (it starts with the catalog of round {round}):</source>
        <translation>ปี พ.ศ. ของรอบการประเมินใหม่ (เริ่มด้วยชุดเกณฑ์เดียวกับรอบ {round}):</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>ผู้บันทึก</translation>
    </message>
    <message>
        <source>Your name (recorded with every change):</source>
        <translation>ชื่อของท่าน (บันทึกไว้กับทุกการแก้ไข):</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>บันทึกการเปลี่ยนแปลง(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Back up the workspace...</source>
        <translation>สำรองข้อมูลพื้นที่ทำงาน(&amp;B)...</translation>
    </message>
    <message>
        <source>&amp;Check the workspace...</source>
        <translation>ตรวจสอบพื้นที่ทำงาน(&amp;C)...</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>คู่มือการใช้งาน(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>ปุ่มลัดแป้นพิมพ์(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>เครื่องมือ(&amp;T)</translation>
    </message>
    <message>
        <source>Res&amp;tore a backup...</source>
        <translation>กู้คืนจากข้อมูลสำรอง(&amp;T)...</translation>
    </message>
    <message>
        <source>&amp;Ready to submit</source>
        <translation>พร้อมส่ง(&amp;R)</translation>
    </message>
    <message>
        <source>Ready to submit</source>
        <translation>พร้อมส่ง</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n files...</source>
        <translation>
            <numerusform>กำลังเพิ่มไฟล์ %n ไฟล์...</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the office&apos;s &amp;feedback...</source>
        <translation>นำเข้าข้อเสนอแนะจากสำนักงานผู้ประสานงาน(&amp;F)...</translation>
    </message>
    <message>
        <source>Trust an office &amp;key...</source>
        <translation>เชื่อถือกุญแจของสำนักงานผู้ประสานงาน(&amp;K)...</translation>
    </message>
    <message>
        <source>&amp;Feedback to answer</source>
        <translation>ข้อเสนอแนะที่ต้องตอบ(&amp;F)</translation>
    </message>
    <message>
        <source>Export the catalog as a &amp;workbook...</source>
        <translation>ส่งออกชุดเกณฑ์เป็นสมุดงาน Excel(&amp;W)...</translation>
    </message>
    <message>
        <source>Signed catalog editions (*.zip);;Practice catalogs (*.toml)</source>
        <translation>เกณฑ์ฉบับที่ลงนาม (*.zip);;เกณฑ์สำหรับฝึกซ้อม (*.toml)</translation>
    </message>
</context>
<context>
    <name>Print</name>
    <message>
        <source>&amp;Blank checklist...</source>
        <translation>แบบตรวจสอบเปล่า(&amp;B)...</translation>
    </message>
    <message>
        <source>&amp;Filled checklist...</source>
        <translation>แบบตรวจสอบที่กรอกแล้ว(&amp;F)...</translation>
    </message>
    <message>
        <source>&amp;Gap report...</source>
        <translation>รายงานสิ่งที่ยังขาด(&amp;G)...</translation>
    </message>
    <message>
        <source>&amp;Key enrolment sheet...</source>
        <translation>ใบลงทะเบียนกุญแจ(&amp;K)...</translation>
    </message>
    <message>
        <source>&amp;Submission cover sheet...</source>
        <translation>ใบปะหน้าชุดเอกสาร(&amp;S)...</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>ตัวอย่างก่อนพิมพ์</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>พิมพ์(&amp;P)...</translation>
    </message>
    <message>
        <source>&amp;Save PDF...</source>
        <translation>บันทึกเป็น PDF(&amp;S)...</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>บันทึกเป็น PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>เอกสาร PDF (*.pdf)</translation>
    </message>
    <message>
        <source>{name} District Office</source>
        <translation>สำนักงานเขต{name}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>หน้า {page} จาก {pages}</translation>
    </message>
    <message>
        <source>Printed {date}</source>
        <translation>พิมพ์เมื่อ {date}</translation>
    </message>
    <message>
        <source>Gender Equality Seal for Public Institutions (GES-PI)</source>
        <translation>ตรารับรองความเท่าเทียมทางเพศสำหรับหน่วยงานภาครัฐ (GES-PI)</translation>
    </message>
    <message>
        <source>Catalog {edition}, version {version}</source>
        <translation>ชุดเกณฑ์ {edition} ฉบับ {version}</translation>
    </message>
    <message>
        <source>Self-assessment checklist</source>
        <translation>แบบตรวจสอบรายการประเมินตนเอง</translation>
    </message>
    <message>
        <source>Use this form in working-group meetings and to gather paper evidence before scanning. Tick the boxes when a document is received and when it has been scanned.</source>
        <translation>ใช้แบบนี้ในการประชุมคณะทำงานและรวบรวมเอกสารหลักฐานก่อนสแกนเข้าระบบ ทำเครื่องหมายในช่องเมื่อได้รับเอกสารและเมื่อสแกนแล้ว</translation>
    </message>
    <message>
        <source>Self-assessment results</source>
        <translation>ผลการประเมินตนเอง</translation>
    </message>
    <message>
        <source>Gap report</source>
        <translation>รายงานผลการประเมินและช่องว่างการพัฒนา</translation>
    </message>
    <message>
        <source>Submission cover sheet</source>
        <translation>ใบปะหน้าชุดเอกสารประเมินตนเอง</translation>
    </message>
    <message>
        <source>Signing key enrolment sheet</source>
        <translation>แบบลงทะเบียนกุญแจลงนามอิเล็กทรอนิกส์</translation>
    </message>
    <message>
        <source>Dimension {code}</source>
        <translation>มิติที่ {code}</translation>
    </message>
    <message>
        <source>Mandatory for {levels}</source>
        <translation>เกณฑ์บังคับสำหรับ{levels}</translation>
    </message>
    <message>
        <source>Not mandatory</source>
        <translation>ไม่เป็นเกณฑ์บังคับ</translation>
    </message>
    <message>
        <source>Means of verification</source>
        <translation>เอกสารหลักฐานที่ใช้ประกอบ</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>ได้รับ</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>สแกนแล้ว</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>ผลการประเมิน</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>ผลการดำเนินงาน</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>เหตุผลประกอบการประเมิน</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>แผนการดำเนินงาน</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>กิจกรรม</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>กำหนดเสร็จ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>เสร็จแล้ว</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>ยังไม่เสร็จ</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>เอกสารหลักฐาน</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>ชื่อเอกสาร</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>ลงวันที่</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>รหัสตรวจสอบ</translation>
    </message>
    <message>
        <source>None</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>ยังไม่ได้บันทึก</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>สรุปผล</translation>
    </message>
    <message>
        <source>Benchmarks</source>
        <translation>จำนวนเกณฑ์</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>ภาพรวม</translation>
    </message>
    <message>
        <source>Projected level</source>
        <translation>ระดับที่คาดว่าจะได้รับ</translation>
    </message>
    <message>
        <source>No level yet</source>
        <translation>ยังไม่ถึงระดับใด</translation>
    </message>
    <message>
        <source>Score by dimension</source>
        <translation>คะแนนรายมิติ</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>มิติ</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>ผ่าน</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>บางส่วน</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>ไม่เกี่ยวข้อง</translation>
    </message>
    <message>
        <source>Applicable</source>
        <translation>ที่ประเมิน</translation>
    </message>
    <message>
        <source>%</source>
        <translation>ร้อยละ</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>จุดแข็ง</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <translation>จุดที่ควรพัฒนา</translation>
    </message>
    <message>
        <source>What is missing for {level}</source>
        <translation>สิ่งที่ต้องดำเนินการเพื่อให้ได้{level}</translation>
    </message>
    <message>
        <source>The highest level (Gold) is reached.</source>
        <translation>ผ่านเกณฑ์ระดับสูงสุด (ระดับทอง) แล้ว</translation>
    </message>
    <message>
        <source>Mandatory benchmarks not yet met</source>
        <translation>เกณฑ์บังคับที่ยังไม่ผ่าน</translation>
    </message>
    <message>
        <source>The {threshold}% threshold is met.</source>
        <translation>คะแนนรวมถึงเกณฑ์ร้อยละ {threshold} แล้ว</translation>
    </message>
    <message>
        <source>No actions planned yet.</source>
        <translation>ยังไม่มีแผนการดำเนินงาน</translation>
    </message>
    <message>
        <source>Dashed lines: Bronze, Silver and Gold thresholds</source>
        <translation>เส้นประแสดงเกณฑ์ระดับทองแดง เงิน และทอง</translation>
    </message>
    <message>
        <source>Bundle ID</source>
        <translation>รหัสชุดเอกสาร</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ชื่อแฟ้ม</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>ขนาดแฟ้ม</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>ลายนิ้วมือดิจิทัล (SHA-256)</translation>
    </message>
    <message>
        <source>Signer key ID</source>
        <translation>รหัสกุญแจผู้ลงนาม</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>ไม่ทราบ</translation>
    </message>
    <message>
        <source>This QR code holds the file&apos;s fingerprint: scan it to match this paper with the file.</source>
        <translation>คิวอาร์โค้ดนี้คือลายนิ้วมือดิจิทัลของแฟ้ม ใช้ตรวจสอบว่าเอกสารฉบับพิมพ์ตรงกับแฟ้มที่ได้รับ</translation>
    </message>
    <message>
        <source>The self-assessment bundle described below is submitted. The receiver can check the file by comparing its fingerprint with the file received.</source>
        <translation>ขอส่งชุดเอกสารประเมินตนเองตามรายละเอียดด้านล่าง ผู้รับสามารถตรวจสอบความถูกต้องของแฟ้มได้โดยเทียบลายนิ้วมือดิจิทัลกับแฟ้มที่ได้รับ</translation>
    </message>
    <message>
        <source>The district office enrols the public key below as the key that signs its self-assessment bundles. Bundles signed with any other key are not the office&apos;s.</source>
        <translation>สำนักงานเขตขอลงทะเบียนกุญแจสาธารณะด้านล่างเป็นกุญแจที่ใช้ลงนามชุดเอกสารประเมินตนเอง ของสำนักงานเขต ชุดเอกสารที่ลงนามด้วยกุญแจอื่นไม่ถือเป็นเอกสารของสำนักงานเขต</translation>
    </message>
    <message>
        <source>Public key (minisign)</source>
        <translation>กุญแจสาธารณะ (minisign)</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>รหัสกุญแจ</translation>
    </message>
    <message>
        <source>Key fingerprint (SHA-256)</source>
        <translation>ลายนิ้วมือกุญแจ (SHA-256)</translation>
    </message>
    <message>
        <source>This QR code holds the public key: City Hall scans it to enrol the key.</source>
        <translation>คิวอาร์โค้ดนี้เก็บกุญแจสาธารณะ ศาลาว่าการกรุงเทพมหานครสแกนเพื่อลงทะเบียนกุญแจ</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>ผู้จัดทำ</translation>
    </message>
    <message>
        <source>District director</source>
        <translation>ผู้อำนวยการเขต</translation>
    </message>
    <message>
        <source>Received by (City Hall)</source>
        <translation>ผู้รับ (ศาลาว่าการกรุงเทพมหานคร)</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>ผู้ตรวจสอบ</translation>
    </message>
    <message>
        <source>Name: {dots}</source>
        <translation>( {dots} )</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>เกณฑ์</translation>
    </message>
    <message>
        <source>Partially met</source>
        <translation>ผ่านบางส่วน</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>ไม่ผ่าน</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>ยังไม่ประเมิน</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>ไม่เกี่ยวข้อง</translation>
    </message>
    <message>
        <source>Bronze</source>
        <translation>ระดับทองแดง</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>ระดับเงิน</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>ระดับทอง</translation>
    </message>
    <message>
        <source>Assessment round B.E. {be}</source>
        <translation>รอบการประเมิน พ.ศ. {be}</translation>
    </message>
    <message>
        <source>Assessment round B.E. {be} ({ce})</source>
        <translation>รอบการประเมิน พ.ศ. {be} (ค.ศ. {ce})</translation>
    </message>
    <message>
        <source>{district} · {round}</source>
        <translation>{district} · {round}</translation>
    </message>
    <message>
        <source>Catalog {edition}, version {version} · This catalog is a template, not the official text</source>
        <translation>ชุดเกณฑ์ {edition} ฉบับ {version} · เกณฑ์ฉบับนี้เป็นแม่แบบ ไม่ใช่ข้อความฉบับทางการ</translation>
    </message>
    <message>
        <source>Dimension {code}: {title}</source>
        <translation>มิติที่ {code} {title}</translation>
    </message>
    <message>
        <source>Standard {code}: {title}</source>
        <translation>มาตรฐานที่ {code} {title}</translation>
    </message>
    <message>
        <source>Benchmark {code}: {title}</source>
        <translation>เกณฑ์ที่ {code} {title}</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>หมายเหตุ:</translation>
    </message>
    <message>
        <source>Evidence: none linked.</source>
        <translation>เอกสารหลักฐาน: ยังไม่มีเอกสารที่เชื่อมโยง</translation>
    </message>
    <message>
        <source>Action plan: none.</source>
        <translation>แผนการดำเนินงาน: ไม่มี</translation>
    </message>
    <message>
        <source>Not started yet. {mandatory}</source>
        <translation>ยังไม่ได้ประเมิน · {mandatory}</translation>
    </message>
    <message>
        <source>Overall score: {percent}% · Projected level: {level}</source>
        <translation>คะแนนภาพรวม: ร้อยละ {percent} · ระดับที่คาดว่าจะได้รับ: {level}</translation>
    </message>
    <message>
        <source>Short fingerprint (to read aloud)</source>
        <translation>ลายนิ้วมือดิจิทัลแบบสั้น (สำหรับอ่านเทียบ)</translation>
    </message>
    <message>
        <source>District office</source>
        <translation>สำนักงานเขต</translation>
    </message>
    <message>
        <source>Assessment round (B.E.)</source>
        <translation>รอบการประเมิน (พ.ศ.)</translation>
    </message>
    <message>
        <source>Signature {dots}</source>
        <translation>ลงชื่อ {dots}</translation>
    </message>
    <message>
        <source>Name: {name}</source>
        <translation>( {name} )</translation>
    </message>
    <message>
        <source>Date {dots}</source>
        <translation>วันที่ {dots}</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} และ{second}</translation>
    </message>
    <message>
        <source>{first}, {second} and {third}</source>
        <translation>{first} {second} และ{third}</translation>
    </message>
    <message numerus="yes">
        <source>%n more benchmarks must be met (threshold {threshold}%), from these:</source>
        <translation>
            <numerusform>ต้องผ่านเกณฑ์เพิ่มอีก %n เกณฑ์ (เกณฑ์ผ่านขั้นต่ำร้อยละ {threshold}) จากรายการต่อไปนี้</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n ไบต์</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{dimension}: {percent}%, {met} of %n benchmarks met</source>
        <translation>
            <numerusform>{dimension}: ร้อยละ {percent} ผ่าน {met} จาก %n เกณฑ์</numerusform>
        </translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>ภาษาของเอกสาร(&amp;L):</translation>
    </message>
    <message>
        <source>Prepared &amp;by:</source>
        <translation>ผู้จัดทำ(&amp;B):</translation>
    </message>
    <message>
        <source>blank-checklist-{district}-{round}.pdf</source>
        <translation>แบบตรวจสอบเปล่า-เขต{district}-{round}.pdf</translation>
    </message>
    <message>
        <source>checklist-{district}-{round}.pdf</source>
        <translation>แบบตรวจสอบ-เขต{district}-{round}.pdf</translation>
    </message>
    <message>
        <source>gap-report-{district}-{round}.pdf</source>
        <translation>รายงานผลการประเมิน-เขต{district}-{round}.pdf</translation>
    </message>
    <message>
        <source>cover-sheet-{district}-{round}.pdf</source>
        <translation>ใบปะหน้า-เขต{district}-{round}.pdf</translation>
    </message>
    <message>
        <source>key-enrolment-{district}-{round}.pdf</source>
        <translation>ใบลงทะเบียนกุญแจ-เขต{district}-{round}.pdf</translation>
    </message>
    <message>
        <source>City-wide report</source>
        <translation>รายงานภาพรวมระดับกรุงเทพมหานคร</translation>
    </message>
    <message>
        <source>The city at a glance</source>
        <translation>ภาพรวมทั้งกรุงเทพมหานคร</translation>
    </message>
    <message>
        <source>{submitted} of {total} districts have sent their submission.</source>
        <translation>สำนักงานเขตส่งผลการประเมินแล้ว {submitted} จาก {total} เขต</translation>
    </message>
    <message>
        <source>Average score of the districts that submitted: {percent}%</source>
        <translation>คะแนนเฉลี่ยของเขตที่ส่งแล้ว: ร้อยละ {percent}</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>จำนวนเขต</translation>
    </message>
    <message>
        <source>The districts</source>
        <translation>ผลการประเมินรายเขต</translation>
    </message>
    <message>
        <source>District</source>
        <translation>เขต</translation>
    </message>
    <message>
        <source>State</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Score %</source>
        <translation>ร้อยละ</translation>
    </message>
    <message>
        <source>Mandatory missing</source>
        <translation>ตัวชี้วัดบังคับที่ยังขาด</translation>
    </message>
    <message>
        <source>The benchmarks most districts have not met</source>
        <translation>ตัวชี้วัดที่เขตส่วนใหญ่ยังไม่ผ่าน</translation>
    </message>
    <message>
        <source>Counted over the districts that submitted: not met, partially met and not started count as not met; not applicable does not.</source>
        <translation>นับเฉพาะเขตที่ส่งผลการประเมินแล้ว โดยนับตัวชี้วัดที่ไม่ผ่าน ผ่านบางส่วน และยังไม่เริ่ม ว่ายังไม่ผ่าน ส่วนตัวชี้วัดที่ไม่เกี่ยวข้องไม่นับ</translation>
    </message>
    <message>
        <source>Districts not meeting it</source>
        <translation>จำนวนเขตที่ยังไม่ผ่าน</translation>
    </message>
    <message>
        <source>Mandatory from</source>
        <translation>บังคับตั้งแต่ระดับ</translation>
    </message>
    <message>
        <source>Districts that have not submitted</source>
        <translation>เขตที่ยังไม่ได้ส่งผลการประเมิน</translation>
    </message>
    <message>
        <source>Every district has submitted.</source>
        <translation>ทุกเขตส่งผลการประเมินแล้ว</translation>
    </message>
    <message>
        <source>No district that submitted has a gap.</source>
        <translation>เขตที่ส่งแล้วผ่านตัวชี้วัดครบทุกข้อ</translation>
    </message>
    <message>
        <source>Head of the coordinating office</source>
        <translation>หัวหน้าหน่วยงานประสานงาน</translation>
    </message>
    <message>
        <source>Review of the submission</source>
        <translation>ผลการพิจารณาเอกสาร</translation>
    </message>
    <message>
        <source>From: {office}</source>
        <translation>จาก: {office}</translation>
    </message>
    <message>
        <source>To: {district}</source>
        <translation>ถึง: {district}</translation>
    </message>
    <message>
        <source>The coordinating office has reviewed your district&apos;s submission and returns it with the feedback below. Please answer each point, then send a new bundle.</source>
        <translation>สำนักงานผู้ประสานงานได้พิจารณาเอกสารของสำนักงานเขตแล้ว และขอส่งกลับพร้อมข้อเสนอแนะด้านล่าง โปรดชี้แจงทุกประเด็น แล้วส่งชุดข้อมูลใหม่</translation>
    </message>
    <message>
        <source>The coordinating office has reviewed your district&apos;s submission and accepts it. It now counts as confirmed in the city&apos;s figures.</source>
        <translation>สำนักงานผู้ประสานงานได้พิจารณาเอกสารของสำนักงานเขตแล้ว และรับรองเอกสารนี้ ผลจะนับเป็นผลที่ยืนยันแล้วในภาพรวมของกรุงเทพมหานคร</translation>
    </message>
    <message>
        <source>The coordinating office has reviewed your district&apos;s submission and accepts it as final. It is locked and counts as confirmed in the city&apos;s figures.</source>
        <translation>สำนักงานผู้ประสานงานได้พิจารณาเอกสารของสำนักงานเขตแล้ว และรับรองเป็นฉบับสุดท้าย เอกสารนี้ถูกล็อกและนับเป็นผลที่ยืนยันแล้วในภาพรวมของกรุงเทพมหานคร</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>ผลสรุป</translation>
    </message>
    <message>
        <source>Feedback number</source>
        <translation>เลขที่ผลการพิจารณา</translation>
    </message>
    <message>
        <source>Bundle reviewed</source>
        <translation>ชุดข้อมูลที่พิจารณา</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>ผู้พิจารณา</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>ผลการพิจารณา</translation>
    </message>
    <message>
        <source>Benchmark by benchmark</source>
        <translation>ผลการพิจารณารายตัวชี้วัด</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>ผล</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>ความเห็น</translation>
    </message>
    <message>
        <source>Required action</source>
        <translation>สิ่งที่ต้องดำเนินการ</translation>
    </message>
    <message>
        <source>{action} (due {date})</source>
        <translation>{action} (กำหนดเสร็จ {date})</translation>
    </message>
    <message>
        <source>No benchmark has a verdict yet.</source>
        <translation>ยังไม่มีตัวชี้วัดที่ได้รับการพิจารณา</translation>
    </message>
    <message>
        <source>Reviewer, coordinating office</source>
        <translation>ผู้พิจารณา สำนักงานผู้ประสานงาน</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Protected document {id}: it contains personal data, so its name is not printed and it is sent encrypted.</source>
        <translation>เอกสารที่ได้รับการคุ้มครองหมายเลข {id}: มีข้อมูลส่วนบุคคล จึงไม่พิมพ์ชื่อเอกสาร และส่งแบบเข้ารหัส</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>เลิกทำ(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ทำซ้ำ(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>ตัด(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>คัดลอก(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>วาง(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>เลือกทั้งหมด</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ตกลง</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>บันทึกทั้งหมด</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>ใช่(&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>ใช่ทั้งหมด(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>ไม่(&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>ไม่ทั้งหมด(&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>ยุติ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>ลองใหม่</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>ข้าม</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>ไม่บันทึก</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation>ไม่บันทึก</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>ปิดโดยไม่บันทึก</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>ช่วยเหลือ</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>ใช้</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>รีเซ็ต</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>คืนค่าเริ่มต้น</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>เลิกทำ(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ทำซ้ำ(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>ตัด(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>คัดลอก(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>วาง(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>เลือกทั้งหมด</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Not started</source>
        <translation>ยังไม่เริ่ม</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>ผ่าน</translation>
    </message>
    <message>
        <source>Partially met</source>
        <translation>ผ่านบางส่วน</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>ไม่ผ่าน</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>ไม่เกี่ยวข้อง</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>status of {code}</source>
        <translation>สถานะของเกณฑ์ {code}</translation>
    </message>
    <message>
        <source>narrative of {code}</source>
        <translation>คำอธิบายของเกณฑ์ {code}</translation>
    </message>
</context>
<context>
    <name>SubmissionState</name>
    <message>
        <source>Nothing received</source>
        <translation>ยังไม่ได้รับ</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>ได้รับแล้ว</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>ตรวจสอบลายมือชื่อแล้ว</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>กักไว้</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>อยู่ระหว่างพิจารณา</translation>
    </message>
    <message>
        <source>Returned with feedback</source>
        <translation>ส่งกลับพร้อมข้อเสนอแนะ</translation>
    </message>
    <message>
        <source>Resubmitted</source>
        <translation>ส่งใหม่แล้ว</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>รับรองแล้ว</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>ถึงที่สุดแล้ว</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>&amp;Filter:</source>
        <translation>กรอง(&amp;F):</translation>
    </message>
    <message>
        <source>Action added</source>
        <translation>เพิ่มแผนการดำเนินงาน</translation>
    </message>
    <message>
        <source>Action changed</source>
        <translation>แก้ไขแผนการดำเนินงาน</translation>
    </message>
    <message>
        <source>Action removed</source>
        <translation>ลบแผนการดำเนินงาน</translation>
    </message>
    <message>
        <source>Assessment changed</source>
        <translation>เปลี่ยนผลการประเมิน</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>บันทึกการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>สำรองข้อมูล</translation>
    </message>
    <message>
        <source>Bundle exported</source>
        <translation>ส่งออกชุดข้อมูล</translation>
    </message>
    <message>
        <source>Catalog edition imported</source>
        <translation>นำเข้าชุดเกณฑ์</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>การเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>ผู้บันทึก</translation>
    </message>
    <message>
        <source>Evidence added</source>
        <translation>เพิ่มเอกสารหลักฐาน</translation>
    </message>
    <message>
        <source>Evidence details changed</source>
        <translation>แก้ไขรายละเอียดเอกสารหลักฐาน</translation>
    </message>
    <message>
        <source>Evidence linked</source>
        <translation>เชื่อมเอกสารหลักฐานกับเกณฑ์</translation>
    </message>
    <message>
        <source>Evidence removed</source>
        <translation>ลบเอกสารหลักฐาน</translation>
    </message>
    <message>
        <source>Evidence unlinked</source>
        <translation>ยกเลิกการเชื่อมเอกสารหลักฐาน</translation>
    </message>
    <message>
        <source>Filter by clerk, item or change</source>
        <translation>กรองตามผู้บันทึก รายการ หรือการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <source>Key passphrase changed</source>
        <translation>เปลี่ยนรหัสผ่านกุญแจ</translation>
    </message>
    <message>
        <source>Round started</source>
        <translation>เริ่มรอบการประเมิน</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>เปลี่ยนการตั้งค่า</translation>
    </message>
    <message>
        <source>Showing {shown} of the latest {loaded} events ({total} recorded).</source>
        <translation>แสดง {shown} รายการ จาก {loaded} รายการล่าสุด (บันทึกไว้ทั้งหมด {total} รายการ)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>การกระทำ</translation>
    </message>
    <message>
        <source>When</source>
        <translation>เมื่อ</translation>
    </message>
    <message>
        <source>Workspace created</source>
        <translation>สร้างพื้นที่ทำงาน</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Command</source>
        <translation>คำสั่ง</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>ปุ่มลัดแป้นพิมพ์</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>ปุ่ม</translation>
    </message>
    <message>
        <source>SealDesk guide</source>
        <translation>คู่มือการใช้งาน SealDesk</translation>
    </message>
</context>
<context>
    <name>Maintenance</name>
    <message>
        <source>&amp;Backup file:</source>
        <translation>ไฟล์สำรองข้อมูล(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>กู้คืน(&amp;R)</translation>
    </message>
    <message>
        <source>A file that is not SealDesk's ({subject}); it is left alone.</source>
        <translation>ไฟล์ที่ไม่ใช่ของ SealDesk ({subject}) ปล่อยไว้ตามเดิม</translation>
    </message>
    <message>
        <source>A stored file no record uses ({subject}); harmless.</source>
        <translation>ไฟล์ที่เก็บไว้แต่ไม่มีรายการใดใช้ ({subject}) ไม่เป็นอันตราย</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>สำรองข้อมูลเดี๋ยวนี้</translation>
    </message>
    <message>
        <source>Back up the workspace</source>
        <translation>สำรองข้อมูลพื้นที่ทำงาน</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>เลือก(&amp;H)...</translation>
    </message>
    <message>
        <source>Checking the workspace...</source>
        <translation>กำลังตรวจสอบพื้นที่ทำงาน...</translation>
    </message>
    <message>
        <source>Choose &amp;where...</source>
        <translation>เลือกที่ตั้ง(&amp;W)...</translation>
    </message>
    <message>
        <source>Choose the backup file and the new folder first.</source>
        <translation>โปรดเลือกไฟล์สำรองข้อมูลและโฟลเดอร์ใหม่ก่อน</translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation>เลือกไฟล์สำรองข้อมูลที่จะกู้คืน</translation>
    </message>
    <message>
        <source>Everything checked out: the database and every evidence file.</source>
        <translation>ตรวจสอบแล้วไม่พบปัญหา ทั้งฐานข้อมูลและไฟล์หลักฐานทุกไฟล์</translation>
    </message>
    <message>
        <source>Keep a backup on a USB drive or a network folder, not only on this computer.</source>
        <translation>ควรเก็บข้อมูลสำรองไว้ในแฟลชไดรฟ์หรือโฟลเดอร์เครือข่าย ไม่ใช่ในเครื่องนี้เพียงแห่งเดียว</translation>
    </message>
    <message>
        <source>New &amp;folder:</source>
        <translation>โฟลเดอร์ใหม่(&amp;F):</translation>
    </message>
    <message>
        <source>Open the restored workspace in a new window now?</source>
        <translation>เปิดพื้นที่ทำงานที่กู้คืนในหน้าต่างใหม่เลยหรือไม่</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>กู้คืนจากข้อมูลสำรอง</translation>
    </message>
    <message>
        <source>Restoring the backup...</source>
        <translation>กำลังกู้คืนข้อมูลสำรอง...</translation>
    </message>
    <message>
        <source>SealDesk backups (*.zip)</source>
        <translation>ไฟล์สำรองข้อมูล SealDesk (*.zip)</translation>
    </message>
    <message>
        <source>Some evidence or data is damaged or missing (listed below). Restore it from a backup, or add the files again.</source>
        <translation>ข้อมูลหรือเอกสารหลักฐานบางส่วนเสียหายหรือหายไป (ตามรายการด้านล่าง) โปรดกู้คืนจากข้อมูลสำรอง หรือเพิ่มไฟล์ใหม่อีกครั้ง</translation>
    </message>
    <message>
        <source>The backup is restored into a new, empty folder: nothing is overwritten, and the workspace open now stays as it is.</source>
        <translation>ข้อมูลสำรองจะกู้คืนลงโฟลเดอร์ใหม่ที่ว่างอยู่ ไม่มีสิ่งใดถูกเขียนทับ และพื้นที่ทำงานที่เปิดอยู่จะคงเดิม</translation>
    </message>
    <message>
        <source>The backup was cancelled; nothing was written.</source>
        <translation>ยกเลิกการสำรองข้อมูลแล้ว ไม่มีไฟล์ใดถูกเขียน</translation>
    </message>
    <message>
        <source>The backup was restored into {path}, but these evidence files could not be: {names}.</source>
        <translation>กู้คืนข้อมูลสำรองลงใน {path} แล้ว แต่กู้คืนไฟล์หลักฐานต่อไปนี้ไม่ได้: {names}</translation>
    </message>
    <message>
        <source>The backup was restored into {path}.</source>
        <translation>กู้คืนข้อมูลสำรองลงใน {path} แล้ว</translation>
    </message>
    <message>
        <source>The backup was written to {file}, but these damaged or missing files are not in it: {names}.</source>
        <translation>บันทึกข้อมูลสำรองไว้ที่ {file} แล้ว แต่ไม่มีไฟล์ที่เสียหายหรือหายไปต่อไปนี้: {names}</translation>
    </message>
    <message>
        <source>The backup was written to {file}.</source>
        <translation>บันทึกข้อมูลสำรองไว้ที่ {file} แล้ว</translation>
    </message>
    <message>
        <source>The database has a problem ({subject}).</source>
        <translation>ฐานข้อมูลมีปัญหา ({subject})</translation>
    </message>
    <message>
        <source>The evidence file {subject} is damaged.</source>
        <translation>ไฟล์หลักฐาน {subject} เสียหาย</translation>
    </message>
    <message>
        <source>The evidence file {subject} is missing.</source>
        <translation>ไฟล์หลักฐาน {subject} หายไป</translation>
    </message>
    <message>
        <source>The key file {subject} cannot be read.</source>
        <translation>อ่านไฟล์กุญแจ {subject} ไม่ได้</translation>
    </message>
    <message>
        <source>The last backup was made on {date}.</source>
        <translation>สำรองข้อมูลครั้งล่าสุดเมื่อ {date}</translation>
    </message>
    <message>
        <source>The restore was cancelled; nothing was written.</source>
        <translation>ยกเลิกการกู้คืนแล้ว ไม่มีไฟล์ใดถูกเขียน</translation>
    </message>
    <message>
        <source>This workspace has never been backed up.</source>
        <translation>พื้นที่ทำงานนี้ยังไม่เคยสำรองข้อมูล</translation>
    </message>
    <message>
        <source>Where to create the new folder</source>
        <translation>เลือกที่ตั้งของโฟลเดอร์ใหม่</translation>
    </message>
    <message>
        <source>Workspace check</source>
        <translation>ผลการตรวจสอบพื้นที่ทำงาน</translation>
    </message>
    <message>
        <source>Writing the backup...</source>
        <translation>กำลังเขียนข้อมูลสำรอง...</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>%1 File</source>
        <translation>ไฟล์ %1</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>ไดรฟ์</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>โฟลเดอร์</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>โฟลเดอร์</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>ทางลัด</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>ไม่ทราบชนิด</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>ตกลง</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
ไม่พบโฟลเดอร์
โปรดตรวจสอบว่าชื่อโฟลเดอร์ถูกต้อง</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
ไม่พบไฟล์
โปรดตรวจสอบว่าชื่อไฟล์ถูกต้อง</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>มีไฟล์ %1 อยู่แล้ว
ต้องการแทนที่ไฟล์เดิมหรือไม่</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>เลือก(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>ลบ(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>มองหาใน(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>โฟลเดอร์ใหม่(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>เปิด(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>เปลี่ยนชื่อ(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>บันทึก(&amp;S)</translation>
    </message>
    <message>
        <source>'%1' is write protected.
Do you want to delete it anyway?</source>
        <translation>'%1' ถูกป้องกันการเขียน
ต้องการลบต่อไปหรือไม่</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <source>Are you sure you want to delete '%1'?</source>
        <translation>ต้องการลบ '%1' ใช่หรือไม่</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>ย้อนกลับ</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>เปลี่ยนเป็นมุมมองแบบรายละเอียด</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>เปลี่ยนเป็นมุมมองแบบรายการ</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>ลบโฟลเดอร์ไม่ได้</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>สร้างโฟลเดอร์ใหม่</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>สร้างโฟลเดอร์ใหม่</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>มุมมองแบบรายละเอียด</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>โฟลเดอร์</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>โฟลเดอร์:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>ชื่อไฟล์(&amp;N):</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>ชนิดของไฟล์(&amp;T):</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>เลือกโฟลเดอร์</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>ไปข้างหน้า</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>ย้อนกลับ</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>ไปข้างหน้า</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>ไปยังโฟลเดอร์ระดับบน</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>มุมมองแบบรายการ</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>รายการตำแหน่งและที่คั่นไว้</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>โฟลเดอร์ใหม่</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>โฟลเดอร์ระดับบน</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>ตำแหน่งที่ใช้ล่าสุด</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>เอาออก</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>บันทึกเป็น</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>แสดงไฟล์ที่ซ่อนอยู่(&amp;H)</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>แถบด้านข้าง</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Computer</source>
        <translation>คอมพิวเตอร์</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>วันที่แก้ไข</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ชนิด</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>คอมพิวเตอร์ของฉัน</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>ขนาด</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ชนิด</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Hide Details...</source>
        <translation>ซ่อนรายละเอียด...</translation>
    </message>
    <message>
        <source>Show Details...</source>
        <translation>แสดงรายละเอียด...</translation>
    </message>
</context>
<context>
    <name>Ready</name>
    <message>
        <source>Not started.</source>
        <translation>ยังไม่ได้เริ่มประเมิน</translation>
    </message>
    <message>
        <source>Mandatory for the level aimed at, not met.</source>
        <translation>เป็นเกณฑ์บังคับของระดับที่ตั้งเป้าไว้ แต่ยังไม่ผ่าน</translation>
    </message>
    <message>
        <source>No reason given for its status.</source>
        <translation>ยังไม่ได้ระบุเหตุผลของสถานะ</translation>
    </message>
    <message>
        <source>Marked met, but no evidence is linked.</source>
        <translation>ระบุว่าผ่านแล้ว แต่ยังไม่ได้เชื่อมโยงหลักฐาน</translation>
    </message>
    <message>
        <source>Not applicable without a justification.</source>
        <translation>ระบุว่าไม่เกี่ยวข้องแต่ยังไม่มีเหตุผล</translation>
    </message>
    <message>
        <source>A linked evidence file is missing.</source>
        <translation>ไฟล์หลักฐานที่เชื่อมโยงไว้หายไป</translation>
    </message>
    <message>
        <source>A linked evidence file is damaged.</source>
        <translation>ไฟล์หลักฐานที่เชื่อมโยงไว้เสียหาย</translation>
    </message>
    <message>
        <source>A linked evidence file cannot be read.</source>
        <translation>อ่านไฟล์หลักฐานที่เชื่อมโยงไว้ไม่ได้</translation>
    </message>
    <message>
        <source>A linked evidence file has changed.</source>
        <translation>ไฟล์หลักฐานที่เชื่อมโยงไว้ถูกเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>A linked evidence file has expired.</source>
        <translation>ไฟล์หลักฐานที่เชื่อมโยงไว้หมดอายุแล้ว</translation>
    </message>
    <message>
        <source>Projected level: not yet Bronze.</source>
        <translation>ระดับที่คาดว่าจะได้: ยังไม่ถึงระดับทองแดง</translation>
    </message>
    <message>
        <source>Projected level: {level}.</source>
        <translation>ระดับที่คาดว่าจะได้: {level}</translation>
    </message>
    <message>
        <source>Everything is ready.</source>
        <translation>ทุกอย่างพร้อมแล้ว</translation>
    </message>
    <message>
        <source>&amp;Check every evidence file now</source>
        <translation>ตรวจไฟล์หลักฐานทั้งหมดตอนนี้(&amp;C)</translation>
    </message>
    <message>
        <source>Re-reads every linked file, as the integrity check does, to find files that changed since they were added.</source>
        <translation>อ่านไฟล์ที่เชื่อมโยงไว้ทุกไฟล์อีกครั้งแบบเดียวกับการตรวจความถูกต้อง เพื่อหาไฟล์ที่เปลี่ยนไปหลังจากเพิ่มเข้ามา</translation>
    </message>
    <message>
        <source>Ready to submit</source>
        <translation>พร้อมส่ง</translation>
    </message>
    <message>
        <source>Checking the evidence files...</source>
        <translation>กำลังตรวจไฟล์หลักฐาน...</translation>
    </message>
    <message>
        <source>For the whole round</source>
        <translation>สำหรับทั้งรอบการประเมิน</translation>
    </message>
    <message>
        <source>Dimension {code}: {title}</source>
        <translation>มิติที่ {code}: {title}</translation>
    </message>
    <message>
        <source>Nothing left to do here.</source>
        <translation>มิตินี้ไม่มีสิ่งที่ต้องทำแล้ว</translation>
    </message>
    <message>
        <source>Export with warnings?</source>
        <translation>ส่งออกทั้งที่มีคำเตือนหรือไม่</translation>
    </message>
    <message>
        <source>The pre-flight check found the warnings below. Export anyway, or go back and fix them: a benchmark's line opens its page.</source>
        <translation>การตรวจก่อนส่งออกพบคำเตือนด้านล่าง จะส่งออกเลย หรือกลับไปแก้ไขก่อนก็ได้ คลิกที่บรรทัดของเกณฑ์เพื่อเปิดหน้าเกณฑ์นั้น</translation>
    </message>
    <message>
        <source>E&amp;xport anyway</source>
        <translation>ส่งออกเลย(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>กลับไปแก้ไข(&amp;G)</translation>
    </message>
</context>
<context>
    <name>Coverage</name>
    <message>
        <source>Means of verification, ticked when covered</source>
        <translation>หลักฐานที่ใช้ตรวจสอบ ติ๊กเมื่อมีหลักฐานครอบคลุมแล้ว</translation>
    </message>
    <message>
        <source>%n means of verification covered by linked evidence.</source>
        <translation>หลักฐานที่เชื่อมโยงไว้ครอบคลุมหลักฐานที่ใช้ตรวจสอบแล้ว %n รายการ</translation>
    </message>
    <message>
        <source>Link evidence to this benchmark first, then say what it covers.</source>
        <translation>เชื่อมโยงหลักฐานกับเกณฑ์นี้ก่อน แล้วจึงระบุว่าหลักฐานครอบคลุมรายการใด</translation>
    </message>
    <message>
        <source>Files covering this means</source>
        <translation>ไฟล์ที่ครอบคลุมรายการนี้</translation>
    </message>
    <message>
        <source>Which files cover this mea&amp;ns...</source>
        <translation>ไฟล์ใดครอบคลุมรายการนี้(&amp;N)...</translation>
    </message>
</context>
<context>
    <name>Office</name>
    <message>
        <source>{file}: already received (bundle {bundle_id}); nothing changed.</source>
        <translation>{file}: ได้รับไว้แล้ว (ชุดข้อมูล {bundle_id}) ไม่มีการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>{file}: not taken in: the disk of the office workspace is full. Nothing was lost; free some space and receive it again.</source>
        <translation>{file}: ไม่ได้รับเข้า เพราะดิสก์ของพื้นที่ทำงานสำนักงานเต็ม ไม่มีสิ่งใดสูญหาย กรุณาเพิ่มพื้นที่ว่างแล้วรับเข้าอีกครั้ง</translation>
    </message>
    <message>
        <source>{file}: not taken in: {reason}</source>
        <translation>{file}: ไม่ได้รับเข้า: {reason}</translation>
    </message>
    <message>
        <source>{file}: quarantined: it is signed by key {key_id}, which is not on the trust list. Enrol the district&apos;s key, then release it.</source>
        <translation>{file}: กักไว้ เพราะลงนามด้วยกุญแจ {key_id} ซึ่งไม่อยู่ในรายการที่เชื่อถือ กรุณาลงทะเบียนกุญแจของเขตแล้วปล่อยแฟ้มนี้</translation>
    </message>
    <message>
        <source>{file}: quarantined: it is signed by key {key_id}, which was revoked. Ask the district to sign it again with its new key.</source>
        <translation>{file}: กักไว้ เพราะลงนามด้วยกุญแจ {key_id} ซึ่งถูกเพิกถอนแล้ว กรุณาขอให้เขตลงนามใหม่ด้วยกุญแจดอกใหม่</translation>
    </message>
    <message>
        <source>{file}: quarantined: it says it is from district {district}, but key {key_id} belongs to district {key_district}.</source>
        <translation>{file}: กักไว้ เพราะระบุว่ามาจากเขต {district} แต่กุญแจ {key_id} เป็นของเขต {key_district}</translation>
    </message>
    <message>
        <source>{file}: quarantined: the file is damaged or is not a SealDesk bundle. Ask the district to send it again.</source>
        <translation>{file}: กักไว้ เพราะแฟ้มเสียหายหรือไม่ใช่ชุดข้อมูลของ SealDesk กรุณาขอให้เขตส่งมาใหม่</translation>
    </message>
    <message>
        <source>{file}: quarantined: the file was changed after it was signed. Ask the district to send it again.</source>
        <translation>{file}: กักไว้ เพราะแฟ้มถูกแก้ไขหลังลงนาม กรุณาขอให้เขตส่งมาใหม่</translation>
    </message>
    <message>
        <source>{file}: taken in as an older bundle of district {district}, round {round}; the newer one stays current.</source>
        <translation>{file}: รับเข้าเป็นชุดข้อมูลที่เก่ากว่าของเขต {district} รอบ {round} ชุดที่ใหม่กว่ายังคงเป็นชุดปัจจุบัน</translation>
    </message>
    <message>
        <source>{file}: taken in: district {district}, round {round}, bundle {bundle_id}.</source>
        <translation>{file}: รับเข้าแล้ว: เขต {district} รอบ {round} ชุดข้อมูล {bundle_id}</translation>
    </message>
    <message>
        <source>{file}: not taken in: it was changed while it was received. Receive it again.</source>
        <translation>{file}: ไม่ได้รับเข้า เพราะแฟ้มถูกแก้ไขระหว่างการรับ กรุณารับเข้าอีกครั้ง</translation>
    </message>
    <message>
        <source>{file}: quarantined: it is a delta bundle, and the office does not hold these files it leaves out: {names}. Ask the district for a full bundle.</source>
        <translation>{file}: กักไว้: เป็นชุดข้อมูลส่วนเพิ่ม และสำนักงานไม่มีไฟล์ที่ชุดข้อมูลไม่ได้ใส่มาเหล่านี้: {names} กรุณาขอชุดข้อมูลฉบับเต็มจากเขต</translation>
    </message>
    <message>
        <source>{file}: kept; it is a part of bundle {bundle}.</source>
        <translation>{file}: เก็บไว้แล้ว เป็นส่วนหนึ่งของชุดข้อมูล {bundle}</translation>
    </message>
    <message>
        <source>{file}: damaged: it does not match the signed part list. The good parts are kept; ask the district to send this part again.</source>
        <translation>{file}: เสียหาย: ไม่ตรงกับรายการส่วนที่ลงนามไว้ ส่วนที่ดีเก็บไว้แล้ว กรุณาขอให้เขตส่งส่วนนี้มาใหม่</translation>
    </message>
    <message>
        <source>{bundle}: still missing: {missing}. The parts received are kept until the set is complete.</source>
        <translation>{bundle}: ยังขาด: {missing} ส่วนที่ได้รับแล้วจะเก็บไว้จนกว่าจะครบชุด</translation>
    </message>
    <message>
        <source>{file}: not taken in: this part list is not signed by an enrolled district key, or it was changed after it was signed.</source>
        <translation>{file}: ไม่ได้รับเข้า: รายการส่วนนี้ไม่ได้ลงนามด้วยกุญแจของเขตที่ลงทะเบียนไว้ หรือถูกแก้ไขหลังลงนาม</translation>
    </message>
    <message>
        <source>{bundle}: the parts do not join into the bundle the part list describes; all parts are dropped. Ask the district to send the bundle again.</source>
        <translation>{bundle}: ส่วนต่าง ๆ ต่อกันแล้วไม่ได้ชุดข้อมูลตามรายการส่วน จึงทิ้งทุกส่วนแล้ว กรุณาขอให้เขตส่งชุดข้อมูลมาใหม่</translation>
    </message>
    <message>
        <source>Current edition</source>
        <translation>ฉบับปัจจุบัน</translation>
    </message>
    <message>
        <source>Edition unknown to the office</source>
        <translation>ฉบับที่สำนักงานไม่รู้จัก</translation>
    </message>
    <message>
        <source>Older edition</source>
        <translation>ฉบับเก่า</translation>
    </message>
    <message>
        <source>Practice catalog (not signed)</source>
        <translation>เกณฑ์ฝึกซ้อม (ไม่ได้ลงนาม)</translation>
    </message>
    <message>
        <source>{file}: the submission of district {district}, round {round} is final; the new bundle was kept in the history and does not replace it.</source>
        <translation>{file}: การส่งของเขต {district} รอบ {round} เป็นฉบับสุดท้ายแล้ว ชุดข้อมูลใหม่จึงถูกเก็บไว้ในประวัติและไม่แทนที่ฉบับสุดท้าย</translation>
    </message>
</context>
<context>
    <name>Spreadsheet</name>
    <message>
        <source>District code</source>
        <translation>รหัสเขต</translation>
    </message>
    <message>
        <source>District</source>
        <translation>เขต</translation>
    </message>
    <message>
        <source>State</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>วันที่เขตส่ง</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>วันที่รับ</translation>
    </message>
    <message>
        <source>Bundle ID</source>
        <translation>รหัสชุดส่ง</translation>
    </message>
    <message>
        <source>Score (%)</source>
        <translation>คะแนน (ร้อยละ)</translation>
    </message>
    <message>
        <source>Projected level</source>
        <translation>ระดับที่คาดว่าจะได้</translation>
    </message>
    <message>
        <source>Mandatory benchmarks missing</source>
        <translation>ตัวชี้วัดบังคับที่ยังขาด</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>จำนวนเอกสารหลักฐาน</translation>
    </message>
    <message>
        <source>Catalog edition</source>
        <translation>ฉบับของเกณฑ์</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>เขต</translation>
    </message>
    <message>
        <source>Common gaps</source>
        <translation>ประเด็นที่ขาดร่วมกัน</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>ตัวชี้วัด</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ชื่อตัวชี้วัด</translation>
    </message>
    <message>
        <source>Districts not meeting it</source>
        <translation>จำนวนเขตที่ยังไม่ผ่าน</translation>
    </message>
    <message>
        <source>{office}: the districts in round {year}</source>
        <translation>{office}: สถานะของเขตในรอบการประเมินปี {year}</translation>
    </message>
</context>
<context>
    <name>CityView</name>
    <message>
        <source>All dimensions</source>
        <translation>ทุกมิติ</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>ทุกเขต</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>มิติ</translation>
    </message>
    <message>
        <source>Dimension {code}</source>
        <translation>มิติที่ {code}</translation>
    </message>
    <message>
        <source>District</source>
        <translation>เขต</translation>
    </message>
    <message>
        <source>Find a district</source>
        <translation>ค้นหาเขต</translation>
    </message>
    <message>
        <source>Legend:</source>
        <translation>คำอธิบายสี:</translation>
    </message>
    <message>
        <source>Mandatory for the next level and not met: {codes}</source>
        <translation>ตัวชี้วัดบังคับของระดับถัดไปที่ยังไม่ผ่าน: {codes}</translation>
    </message>
    <message>
        <source>Mandatory missing</source>
        <translation>ตัวชี้วัดบังคับที่ยังขาด</translation>
    </message>
    <message>
        <source>No level yet</source>
        <translation>ยังไม่ถึงระดับใด</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>ยังไม่ได้ส่ง</translation>
    </message>
    <message>
        <source>Nothing received</source>
        <translation>ยังไม่ได้รับ</translation>
    </message>
    <message>
        <source>Only benchmarks mandatory for Silver</source>
        <translation>เฉพาะตัวชี้วัดบังคับระดับเงิน</translation>
    </message>
    <message>
        <source>Projected level</source>
        <translation>ระดับที่คาดว่าจะได้</translation>
    </message>
    <message>
        <source>Projected: {level}</source>
        <translation>คาดว่าจะได้: {level}</translation>
    </message>
    <message>
        <source>Score %</source>
        <translation>ร้อยละ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>{code} {title}
Mandatory from {level}</source>
        <translation>{code} {title}
บังคับตั้งแต่{level}</translation>
    </message>
    <message>
        <source>{district}, benchmark {code}: {status}</source>
        <translation>{district} ตัวชี้วัด {code}: {status}</translation>
    </message>
    <message>
        <source>Catalog edition</source>
        <translation>ฉบับเกณฑ์</translation>
    </message>
    <message>
        <source>Made with the catalog edition {edition} {version}: {standing}</source>
        <translation>จัดทำด้วยเกณฑ์ฉบับ {edition} {version}: {standing}</translation>
    </message>
</context>
<context>
    <name>DistrictView</name>
    <message>
        <source>Action</source>
        <translation>กิจกรรม</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>แผนปฏิบัติการ</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>ตัวชี้วัด</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>แบบประเมิน</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>เสร็จแล้ว</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>กำหนดเสร็จ</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>เอกสารหลักฐาน</translation>
    </message>
    <message>
        <source>Evidence ({n})</source>
        <translation>เอกสารหลักฐาน ({n})</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>คำอธิบายผลการดำเนินงาน</translation>
    </message>
    <message>
        <source>No actions planned.</source>
        <translation>ยังไม่มีแผนปฏิบัติการ</translation>
    </message>
    <message>
        <source>No evidence linked.</source>
        <translation>ยังไม่มีเอกสารหลักฐานที่เชื่อมโยง</translation>
    </message>
    <message>
        <source>Nothing written.</source>
        <translation>ยังไม่ได้เขียนคำอธิบาย</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>Open the signed checklist PDF</source>
        <translation>เปิดแบบประเมิน PDF ที่ลงนามแล้ว</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>ยังไม่เสร็จ</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ผลการประเมิน</translation>
    </message>
    <message>
        <source>This bundle was sent without the checklist PDF.</source>
        <translation>ชุดข้อมูลนี้ส่งมาโดยไม่มีแบบประเมินฉบับ PDF</translation>
    </message>
    <message>
        <source>Used for {codes}</source>
        <translation>ใช้กับตัวชี้วัด {codes}</translation>
    </message>
    <message>
        <source>Why it does not apply</source>
        <translation>เหตุผลที่ไม่เกี่ยวข้อง</translation>
    </message>
    <message>
        <source>{district}: submission for round {year} (read-only)</source>
        <translation>{district}: ผลการประเมินที่ส่งมาของรอบปี {year} (ดูได้อย่างเดียว)</translation>
    </message>
    <message>
        <source>{n} KB</source>
        <translation>{n} กิโลไบต์</translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation>{n} เมกะไบต์</translation>
    </message>
    <message>
        <source>{n} bytes</source>
        <translation>{n} ไบต์</translation>
    </message>
    <message>
        <source>{state} · bundle {bundle} · received {received} · catalog {edition}</source>
        <translation>{state} · ชุดข้อมูล {bundle} · รับเมื่อ {received} · เกณฑ์ฉบับ {edition}</translation>
    </message>
    <message>
        <source>Catalog edition {edition} {version}: {standing}</source>
        <translation>เกณฑ์ฉบับ {edition} {version}: {standing}</translation>
    </message>
</context>
<context>
    <name>OfficeWindow</name>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Choose bundle files, or drop them anywhere on this window.</source>
        <translation>เลือกไฟล์ชุดข้อมูล หรือลากไฟล์มาวางที่ใดก็ได้ในหน้าต่างนี้</translation>
    </message>
    <message>
        <source>City report...</source>
        <translation>รายงานภาพรวม...</translation>
    </message>
    <message>
        <source>Districts that have not submitted</source>
        <translation>เขตที่ยังไม่ได้ส่ง</translation>
    </message>
    <message>
        <source>Districts that have not submitted (%n)</source>
        <translation>เขตที่ยังไม่ได้ส่ง (%n)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>สมุดงาน Excel (*.xlsx);;ไฟล์ CSV แบบ UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Export table...</source>
        <translation>ส่งออกตาราง...</translation>
    </message>
    <message>
        <source>Export the city table</source>
        <translation>ส่งออกตารางภาพรวม</translation>
    </message>
    <message>
        <source>No gaps among the districts that submitted.</source>
        <translation>เขตที่ส่งแล้วผ่านตัวชี้วัดครบทุกข้อ</translation>
    </message>
    <message>
        <source>Nothing has been received from this district for this round.</source>
        <translation>ยังไม่ได้รับผลการประเมินของเขตนี้ในรอบนี้</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>เอกสาร PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Printing the city report...</source>
        <translation>กำลังพิมพ์รายงานภาพรวม...</translation>
    </message>
    <message>
        <source>Receive bundles</source>
        <translation>รับชุดข้อมูล</translation>
    </message>
    <message>
        <source>Receive bundles...</source>
        <translation>รับชุดข้อมูล...</translation>
    </message>
    <message>
        <source>Receive the intake folder</source>
        <translation>รับจากโฟลเดอร์รับเข้า</translation>
    </message>
    <message>
        <source>Received files</source>
        <translation>ไฟล์ที่รับ</translation>
    </message>
    <message>
        <source>Receiving %v of %m files</source>
        <translation>กำลังรับไฟล์ที่ %v จาก %m</translation>
    </message>
    <message>
        <source>Receiving was cancelled.</source>
        <translation>ยกเลิกการรับไฟล์แล้ว</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>รอบการประเมิน</translation>
    </message>
    <message>
        <source>Round:</source>
        <translation>รอบการประเมิน:</translation>
    </message>
    <message>
        <source>Save the city report</source>
        <translation>บันทึกรายงานภาพรวม</translation>
    </message>
    <message>
        <source>SealDesk: {office} (coordinating office)</source>
        <translation>SealDesk: {office} หน่วยงานประสานงาน</translation>
    </message>
    <message>
        <source>Still receiving the previous files.</source>
        <translation>ยังรับไฟล์ชุดก่อนหน้าอยู่</translation>
    </message>
    <message>
        <source>Submission bundles (*.zip);;All files (*)</source>
        <translation>ชุดข้อมูลผลการประเมิน (*.zip);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <source>The benchmarks most districts fail</source>
        <translation>ตัวชี้วัดที่เขตส่วนใหญ่ยังไม่ผ่าน</translation>
    </message>
    <message>
        <source>The intake folder</source>
        <translation>โฟลเดอร์รับเข้า</translation>
    </message>
    <message>
        <source>Wrote {path}.</source>
        <translation>เขียนไฟล์ {path} แล้ว</translation>
    </message>
    <message>
        <source>No new bundles in the intake folder.</source>
        <translation>ไม่มีชุดข้อมูลใหม่ในโฟลเดอร์รับเข้า</translation>
    </message>
    <message>
        <source>Stopped watching the intake folder.</source>
        <translation>หยุดเฝ้าดูโฟลเดอร์รับเข้าแล้ว</translation>
    </message>
    <message>
        <source>Take in every bundle saved into the intake folder while this window is open.</source>
        <translation>รับชุดข้อมูลทุกชุดที่บันทึกลงในโฟลเดอร์รับเข้าขณะที่หน้าต่างนี้เปิดอยู่</translation>
    </message>
    <message>
        <source>Watch it</source>
        <translation>เฝ้าดูโฟลเดอร์</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message numerus="yes">
        <source>%n districts have not met {code} {title}</source>
        <translation>
            <numerusform>{code} {title}: ยังไม่ผ่าน %n เขต</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Review...</source>
        <translation>พิจารณา(&amp;R)...</translation>
    </message>
    <message>
        <source>Review the selected district&apos;s submission, benchmark by benchmark.</source>
        <translation>พิจารณาเอกสารที่เขตที่เลือกส่งมา ทีละเกณฑ์</translation>
    </message>
    <message>
        <source>{submitted} of {total} districts have submitted for round {year}; {confirmed} confirmed (accepted or final).</source>
        <translation>ส่งแล้ว {submitted} จาก {total} เขต ในรอบการประเมิน {year} รับรองแล้ว {confirmed} เขต</translation>
    </message>
    <message>
        <source>Access log...</source>
        <translation>บันทึกการเข้าถึง...</translation>
    </message>
    <message>
        <source>Readers...</source>
        <translation>ผู้มีสิทธิ์อ่าน...</translation>
    </message>
    <message>
        <source>Who may open personal data, and who opened it when</source>
        <translation>ผู้ที่เปิดข้อมูลส่วนบุคคลได้ และผู้ที่เปิดไปแล้วเมื่อใด</translation>
    </message>
    <message>
        <source>Publish a catalog edition...</source>
        <translation>เผยแพร่เกณฑ์ฉบับใหม่...</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Opening the workspace {path}…</source>
        <translation>กำลังเปิดพื้นที่ทำงาน {path}…</translation>
    </message>
</context>
<context>
    <name>BenchmarkPicker</name>
    <message>
        <source>Find a benchmark by code or words</source>
        <translation>ค้นหาเกณฑ์ด้วยรหัสหรือคำในชื่อเกณฑ์</translation>
    </message>
    <message>
        <source>Find a benchmark</source>
        <translation>ค้นหาเกณฑ์</translation>
    </message>
    <message>
        <source>Benchmarks to link</source>
        <translation>เกณฑ์ที่จะเชื่อมโยง</translation>
    </message>
    <message>
        <source>{code} {title} (status: {status})</source>
        <translation>{code} {title} (สถานะ: {status})</translation>
    </message>
    <message>
        <source>Will be linked to: {codes}</source>
        <translation>จะเชื่อมโยงกับเกณฑ์: {codes}</translation>
    </message>
    <message>
        <source>No benchmark chosen: the files go into the library only.</source>
        <translation>ยังไม่ได้เลือกเกณฑ์: ไฟล์จะเข้าคลังหลักฐานเท่านั้น</translation>
    </message>
    <message>
        <source>Which benchmarks do they support?</source>
        <translation>ไฟล์เหล่านี้เป็นหลักฐานของเกณฑ์ใด</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Tick at least one benchmark first.</source>
        <translation>เลือกเกณฑ์อย่างน้อยหนึ่งข้อก่อน</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>เพิ่มไฟล์</translation>
    </message>
    <message numerus="yes">
        <source>%n files will be added:</source>
        <translation>
            <numerusform>จะเพิ่มไฟล์ %n ไฟล์:</numerusform>
        </translation>
    </message>
    <message>
        <source>Add</source>
        <translation>เพิ่ม</translation>
    </message>
    <message>
        <source>File scans</source>
        <translation>จัดเก็บเอกสารสแกน</translation>
    </message>
    <message numerus="yes">
        <source>%n scans will be filed:</source>
        <translation>
            <numerusform>จะจัดเก็บเอกสารสแกน %n รายการ:</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation>จัดเก็บ</translation>
    </message>
    <message>
        <source>Marked not applicable: {codes}.</source>
        <translation>เกณฑ์ที่ระบุว่าไม่เกี่ยวข้อง: {codes}</translation>
    </message>
    <message>
        <source>They contain &amp;personal data (names, ID numbers, complaints, health)</source>
        <translation>มีข้อมูลส่วนบุคคล (ชื่อ เลขประจำตัวประชาชน เรื่องร้องเรียน สุขภาพ)(&amp;P)</translation>
    </message>
    <message>
        <source>Files with personal data are sent encrypted to the office&apos;s readers and are never printed by name.</source>
        <translation>ไฟล์ที่มีข้อมูลส่วนบุคคลจะส่งแบบเข้ารหัสถึงผู้มีสิทธิ์อ่านของศูนย์ประสานงาน และจะไม่พิมพ์ชื่อไฟล์</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <source>Document preview</source>
        <translation>ตัวอย่างเอกสาร</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>พอดี</translation>
    </message>
    <message>
        <source>Fit to the pane</source>
        <translation>ปรับให้พอดีกับช่องแสดงผล</translation>
    </message>
    <message>
        <source>Open in a window</source>
        <translation>เปิดในหน้าต่างใหม่</translation>
    </message>
    <message numerus="yes">
        <source>Page {page} of %n</source>
        <translation>
            <numerusform>หน้า {page} จาก %n หน้า</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a document with a preview first.</source>
        <translation>เลือกเอกสารที่แสดงตัวอย่างได้ก่อน</translation>
    </message>
    <message>
        <source>Show in a larger window</source>
        <translation>แสดงในหน้าต่างที่ใหญ่ขึ้น</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>ขยาย</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>ย่อ</translation>
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
        <translation>ยังไม่ได้พิจารณา</translation>
    </message>
    <message>
        <source>Meets</source>
        <translation>ผ่านเกณฑ์</translation>
    </message>
    <message>
        <source>Partly meets</source>
        <translation>ผ่านเกณฑ์บางส่วน</translation>
    </message>
    <message>
        <source>Does not meet</source>
        <translation>ไม่ผ่านเกณฑ์</translation>
    </message>
    <message>
        <source>Evidence insufficient</source>
        <translation>หลักฐานไม่เพียงพอ</translation>
    </message>
    <message>
        <source>N/A agreed</source>
        <translation>เห็นชอบว่าไม่เกี่ยวข้อง</translation>
    </message>
</context>
<context>
    <name>FeedbackKind</name>
    <message>
        <source>Returned with feedback</source>
        <translation>ส่งกลับพร้อมข้อเสนอแนะ</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>รับรองแล้ว</translation>
    </message>
    <message>
        <source>Accepted as final</source>
        <translation>รับรองเป็นฉบับสุดท้าย</translation>
    </message>
</context>
<context>
    <name>Receipts</name>
    <message>
        <source>Write a &amp;receipt for the district...</source>
        <translation>เขียนใบตอบรับให้เขต(&amp;R)...</translation>
    </message>
    <message>
        <source>Bundles sent for this round</source>
        <translation>ชุดข้อมูลที่ส่งสำหรับรอบนี้</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>ชุดข้อมูล</translation>
    </message>
    <message>
        <source>At City Hall</source>
        <translation>ที่ศาลาว่าการ</translation>
    </message>
    <message>
        <source>&amp;Import a receipt from City Hall...</source>
        <translation>นำเข้าใบตอบรับจากศาลาว่าการ(&amp;I)...</translation>
    </message>
    <message>
        <source>No receipt from City Hall yet</source>
        <translation>ยังไม่มีใบตอบรับจากศาลาว่าการ</translation>
    </message>
    <message>
        <source>City Hall has received it (receipt of {date})</source>
        <translation>ศาลาว่าการได้รับแล้ว (ใบตอบรับวันที่ {date})</translation>
    </message>
    <message>
        <source>Import a receipt from City Hall</source>
        <translation>นำเข้าใบตอบรับจากศาลาว่าการ</translation>
    </message>
    <message>
        <source>Receipts (*.txt);;All files (*)</source>
        <translation>ใบตอบรับ (*.txt);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <source>This receipt was imported before; nothing changed.</source>
        <translation>นำเข้าใบตอบรับนี้ไว้แล้ว ไม่มีการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>City Hall holds {bundles} bundles and {files} evidence files of this district for round {round}. A delta export now sends only what is new.</source>
        <translation>ศาลาว่าการมีชุดข้อมูลของเขตนี้ {bundles} ชุด และไฟล์เอกสารหลักฐาน {files} ไฟล์ สำหรับรอบ {round} การส่งออกแบบส่วนเพิ่มจะส่งเฉพาะสิ่งที่ใหม่</translation>
    </message>
    <message>
        <source>Save the receipt for the district</source>
        <translation>บันทึกใบตอบรับให้เขต</translation>
    </message>
    <message>
        <source>Sign the receipt</source>
        <translation>ลงนามใบตอบรับ</translation>
    </message>
    <message>
        <source>Passphrase of the office key:</source>
        <translation>รหัสผ่านของกุญแจสำนักงาน:</translation>
    </message>
    <message>
        <source>The receipt was written to {path}: {bundles} bundles and {files} evidence files. Send it to the district by any channel; it is signed.</source>
        <translation>เขียนใบตอบรับไว้ที่ {path} แล้ว: ชุดข้อมูล {bundles} ชุด และไฟล์เอกสารหลักฐาน {files} ไฟล์ ส่งให้เขตได้ทุกช่องทาง เพราะลงนามไว้แล้ว</translation>
    </message>
    <message>
        <source>Send only what City Hall does not hold yet (by its latest receipt)</source>
        <translation>ส่งเฉพาะสิ่งที่ศาลาว่าการยังไม่มี (ตามใบตอบรับล่าสุด)</translation>
    </message>
    <message>
        <source>One file</source>
        <translation>ไฟล์เดียว</translation>
    </message>
    <message>
        <source>Email: parts of 15 MB</source>
        <translation>อีเมล: แบ่งส่วนละ 15 MB</translation>
    </message>
    <message>
        <source>Chat app: parts of 50 MB</source>
        <translation>แอปแชต: แบ่งส่วนละ 50 MB</translation>
    </message>
    <message>
        <source>USB stick: parts of 4 GB at most</source>
        <translation>แฟลชไดรฟ์ USB: ส่วนละไม่เกิน 4 GB</translation>
    </message>
    <message>
        <source>Send as:</source>
        <translation>ส่งเป็น:</translation>
    </message>
    <message>
        <source>Import a receipt from City Hall first.</source>
        <translation>กรุณานำเข้าใบตอบรับจากศาลาว่าการก่อน</translation>
    </message>
    <message>
        <source>Write receipts for the districts just received...</source>
        <translation>เขียนใบตอบรับสำหรับเขตที่เพิ่งได้รับ...</translation>
    </message>
    <message>
        <source>One signed receipt per district into a folder you choose: what City Hall holds, so the district can send only what is new.</source>
        <translation>ใบตอบรับที่ลงนามแล้วหนึ่งฉบับต่อเขต ในโฟลเดอร์ที่ท่านเลือก ระบุสิ่งที่ศาลาว่าการกรุงเทพมหานครได้รับแล้ว เพื่อให้เขตส่งเฉพาะสิ่งที่ใหม่</translation>
    </message>
    <message>
        <source>Folder for the receipts</source>
        <translation>โฟลเดอร์สำหรับเก็บใบตอบรับ</translation>
    </message>
    <message>
        <source>Sign the receipts</source>
        <translation>ลงนามใบตอบรับ</translation>
    </message>
    <message>
        <source>Writing the receipts...</source>
        <translation>กำลังเขียนใบตอบรับ...</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n receipts into {folder}. Send each to its district by any channel; they are signed.</source>
        <translation>
            <numerusform>เขียนใบตอบรับ %n ฉบับไว้ใน {folder} แล้ว ส่งแต่ละฉบับให้เขตของตนได้ทุกช่องทาง เพราะลงนามไว้แล้ว</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <source>The office&apos;s feedback</source>
        <translation>ข้อเสนอแนะของสำนักงานผู้ประสานงาน</translation>
    </message>
    <message>
        <source>Take int&amp;o action plan</source>
        <translation>นำเข้าแผนการดำเนินงาน(&amp;O)</translation>
    </message>
    <message>
        <source>{kind} on {date}: {verdict}</source>
        <translation>{kind} เมื่อ {date}: {verdict}</translation>
    </message>
    <message>
        <source>It is in the action plan already.</source>
        <translation>อยู่ในแผนการดำเนินงานแล้ว</translation>
    </message>
    <message>
        <source>Required action: {action}</source>
        <translation>สิ่งที่ต้องดำเนินการ: {action}</translation>
    </message>
    <message>
        <source>Required action: {action} (due {due})</source>
        <translation>สิ่งที่ต้องดำเนินการ: {action} (กำหนดเสร็จ {due})</translation>
    </message>
    <message>
        <source>Feedback to answer</source>
        <translation>ข้อเสนอแนะที่ต้องตอบ</translation>
    </message>
    <message>
        <source>What the office asked about and you have still to answer. Open a benchmark to change its status, narrative or evidence; the next bundle you export says which feedback it answers.</source>
        <translation>เรื่องที่สำนักงานผู้ประสานงานขอให้ชี้แจงและเขตยังไม่ได้ตอบ เปิดเกณฑ์เพื่อแก้ไขสถานะ คำอธิบาย หรือหลักฐาน ชุดข้อมูลที่ส่งออกครั้งถัดไปจะระบุว่าตอบข้อเสนอแนะใด</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>เกณฑ์</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>ผลการพิจารณา</translation>
    </message>
    <message>
        <source>In the action plan</source>
        <translation>อยู่ในแผนการดำเนินงาน</translation>
    </message>
    <message>
        <source>&amp;Open the benchmark</source>
        <translation>เปิดเกณฑ์(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Take into action plan</source>
        <translation>นำเข้าแผนการดำเนินงาน(&amp;T)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <source>No</source>
        <translation>ยังไม่</translation>
    </message>
    <message>
        <source>No feedback from the office is open.</source>
        <translation>ไม่มีข้อเสนอแนะจากสำนักงานผู้ประสานงานที่ยังค้างอยู่</translation>
    </message>
    <message>
        <source>Import the office&apos;s feedback</source>
        <translation>นำเข้าข้อเสนอแนะจากสำนักงานผู้ประสานงาน</translation>
    </message>
    <message>
        <source>Feedback files (*.zip);;All files (*)</source>
        <translation>ไฟล์ข้อเสนอแนะ (*.zip);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <source>This feedback file was imported before.</source>
        <translation>ไฟล์ข้อเสนอแนะนี้เคยนำเข้าแล้ว</translation>
    </message>
    <message>
        <source>Imported: {kind} from {office}, issued on {date}.</source>
        <translation>นำเข้าแล้ว: {kind} จาก {office} ออกเมื่อ {date}</translation>
    </message>
    <message>
        <source>Trust the office key?</source>
        <translation>เชื่อถือกุญแจของสำนักงานผู้ประสานงานหรือไม่</translation>
    </message>
    <message>
        <source>If this file comes from your coordinating office, trust its key once from the office card it sent you, then the file is imported.</source>
        <translation>หากไฟล์นี้มาจากสำนักงานผู้ประสานงานของท่าน ให้เชื่อถือกุญแจของสำนักงานหนึ่งครั้งจากบัตรสำนักงานที่ได้รับ แล้วระบบจะนำเข้าไฟล์ให้</translation>
    </message>
    <message>
        <source>The office card (trust the office key once)</source>
        <translation>บัตรสำนักงาน (เชื่อถือกุญแจของสำนักงานหนึ่งครั้ง)</translation>
    </message>
    <message>
        <source>Office cards and keys (*.txt *.pub);;All files (*)</source>
        <translation>บัตรสำนักงานและกุญแจ (*.txt *.pub);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <source>Trust this office key?</source>
        <translation>เชื่อถือกุญแจของสำนักงานนี้หรือไม่</translation>
    </message>
    <message>
        <source>{office}
Key fingerprint: {fingerprint}
Trust it only if the office gave you the same fingerprint on paper or on the phone.</source>
        <translation>{office}
ลายนิ้วมือกุญแจ: {fingerprint}
เชื่อถือเฉพาะเมื่อสำนักงานแจ้งลายนิ้วมือเดียวกันนี้บนกระดาษหรือทางโทรศัพท์</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Review the submissions of round {year}</source>
        <translation>พิจารณาเอกสารที่เขตส่ง รอบการประเมิน {year}</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>เขต(&amp;D):</translation>
    </message>
    <message>
        <source>Linked evidence</source>
        <translation>หลักฐานที่เชื่อมโยง</translation>
    </message>
    <message>
        <source>Linked evidence (%n)</source>
        <translation>หลักฐานที่เชื่อมโยง (%n)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>บันทึก (Ctrl+S)</translation>
    </message>
    <message>
        <source>Return with feedback...</source>
        <translation>ส่งกลับพร้อมข้อเสนอแนะ...</translation>
    </message>
    <message>
        <source>Accept...</source>
        <translation>รับรอง...</translation>
    </message>
    <message>
        <source>Make final...</source>
        <translation>ทำเป็นฉบับสุดท้าย...</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Ctrl+Shift+PgDown: next district; Ctrl+Shift+PgUp: previous district.</source>
        <translation>Ctrl+Shift+PgDown: เขตถัดไป; Ctrl+Shift+PgUp: เขตก่อนหน้า</translation>
    </message>
    <message>
        <source>No district has sent a submission for this round yet.</source>
        <translation>ยังไม่มีเขตใดส่งเอกสารสำหรับรอบการประเมินนี้</translation>
    </message>
    <message>
        <source>{done} of {total} benchmarks reviewed</source>
        <translation>พิจารณาแล้ว {done} จาก {total} เกณฑ์</translation>
    </message>
    <message>
        <source>Write why in the comment; it is saved when you move on.</source>
        <translation>เขียนเหตุผลในช่องความเห็น ระบบจะบันทึกเมื่อไปยังเกณฑ์ถัดไป</translation>
    </message>
    <message>
        <source>The verdict “{verdict}” needs a comment saying why.</source>
        <translation>ผลการพิจารณา “{verdict}” ต้องมีความเห็นระบุเหตุผล</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>บันทึกแล้ว</translation>
    </message>
    <message>
        <source>That was the last benchmark of this district.</source>
        <translation>นี่คือเกณฑ์สุดท้ายของเขตนี้</translation>
    </message>
    <message>
        <source>Return the submission with feedback</source>
        <translation>ส่งเอกสารกลับพร้อมข้อเสนอแนะ</translation>
    </message>
    <message>
        <source>Accept the submission</source>
        <translation>รับรองเอกสารที่เขตส่ง</translation>
    </message>
    <message>
        <source>Make the submission final</source>
        <translation>ทำให้เอกสารที่เขตส่งเป็นฉบับสุดท้าย</translation>
    </message>
    <message>
        <source>The district receives every verdict, comment and required action, answers them and sends a new bundle.</source>
        <translation>เขตจะได้รับผลการพิจารณา ความเห็น และสิ่งที่ต้องดำเนินการทุกข้อ เพื่อตอบและส่งชุดข้อมูลใหม่</translation>
    </message>
    <message>
        <source>The submission counts in the city&apos;s figures as confirmed; the district learns it from this file.</source>
        <translation>เอกสารนี้จะนับในตัวเลขของกรุงเทพมหานครว่ารับรองแล้ว และเขตจะทราบผลจากไฟล์นี้</translation>
    </message>
    <message>
        <source>The submission is locked: no verdict can be changed afterwards; the district learns it from this file.</source>
        <translation>เอกสารนี้จะถูกล็อก แก้ไขผลการพิจารณาไม่ได้อีก และเขตจะทราบผลจากไฟล์นี้</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>เลือก...</translation>
    </message>
    <message>
        <source>Save the feedback file as:</source>
        <translation>บันทึกไฟล์ข้อเสนอแนะเป็น:</translation>
    </message>
    <message>
        <source>&amp;Passphrase of the office key:</source>
        <translation>รหัสผ่านกุญแจของสำนักงาน(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Sign and save</source>
        <translation>ลงนามและบันทึก(&amp;S)</translation>
    </message>
    <message>
        <source>Save the feedback file as</source>
        <translation>บันทึกไฟล์ข้อเสนอแนะเป็น</translation>
    </message>
    <message>
        <source>Feedback files (*.zip)</source>
        <translation>ไฟล์ข้อเสนอแนะ (*.zip)</translation>
    </message>
    <message>
        <source>Choose where to save the file and type the passphrase.</source>
        <translation>เลือกที่บันทึกไฟล์และพิมพ์รหัสผ่าน</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written and nothing changed.</source>
        <translation>ยกเลิกแล้ว ไม่มีการเขียนไฟล์และไม่มีสิ่งใดเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Writing the feedback file...</source>
        <translation>กำลังเขียนไฟล์ข้อเสนอแนะ...</translation>
    </message>
    <message>
        <source>The signed feedback file was written to {path}. Send it to the district.</source>
        <translation>เขียนไฟล์ข้อเสนอแนะที่ลงนามแล้วไว้ที่ {path} แล้ว โปรดส่งให้เขต</translation>
    </message>
    <message>
        <source>Means of verification</source>
        <translation>หลักฐานที่ใช้ตรวจสอบ</translation>
    </message>
    <message>
        <source>The catalog lists none.</source>
        <translation>บัญชีเกณฑ์ไม่ได้ระบุไว้</translation>
    </message>
    <message>
        <source>The district&apos;s answer</source>
        <translation>สิ่งที่เขตตอบ</translation>
    </message>
    <message>
        <source>Status changed from {before} to {after}.</source>
        <translation>สถานะเปลี่ยนจาก {before} เป็น {after}</translation>
    </message>
    <message>
        <source>The narrative changed:</source>
        <translation>คำอธิบายผลการดำเนินงานเปลี่ยนไป:</translation>
    </message>
    <message>
        <source>In the whole bundle, evidence added: {added}; removed: {removed}.</source>
        <translation>ทั้งชุดข้อมูล หลักฐานที่เพิ่ม: {added} หลักฐานที่นำออก: {removed}</translation>
    </message>
    <message>
        <source>Nothing changed in this benchmark.</source>
        <translation>เกณฑ์นี้ไม่มีการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>What changed since the reviewed bundle</source>
        <translation>สิ่งที่เปลี่ยนไปจากชุดข้อมูลที่พิจารณาครั้งก่อน</translation>
    </message>
    <message>
        <source>{verdict} ({key})</source>
        <translation>{verdict} ({key})</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>ความเห็น(&amp;M):</translation>
    </message>
    <message>
        <source>Required ac&amp;tion:</source>
        <translation>สิ่งที่ต้องดำเนินการ(&amp;T):</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>กำหนดเสร็จ:</translation>
    </message>
    <message>
        <source>On the reviewed bundle the office said: {verdict}.</source>
        <translation>ในชุดข้อมูลที่พิจารณาครั้งก่อน สำนักงานให้ผลว่า: {verdict}</translation>
    </message>
    <message>
        <source>Required action: {action}</source>
        <translation>สิ่งที่ต้องดำเนินการ: {action}</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ ก่อนหน้า</translation>
    </message>
    <message>
        <source>The previous benchmark (Ctrl+PgUp)</source>
        <translation>เกณฑ์ก่อนหน้า (Ctrl+PgUp)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>ถัดไป ▶</translation>
    </message>
    <message>
        <source>The next benchmark (Ctrl+PgDown); moving on saves.</source>
        <translation>เกณฑ์ถัดไป (Ctrl+PgDown) ระบบจะบันทึกเมื่อไปต่อ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>{name} (new)</source>
        <translation>{name} (ใหม่)</translation>
    </message>
    <message>
        <source>Keep unchanged verdicts</source>
        <translation>คงผลการพิจารณาของเกณฑ์ที่ไม่เปลี่ยน</translation>
    </message>
    <message>
        <source>Copies the verdicts given on the reviewed bundle to every benchmark the district did not change, so only what moved is left to review.</source>
        <translation>คัดลอกผลการพิจารณาจากชุดข้อมูลที่พิจารณาครั้งก่อนไปยังทุกเกณฑ์ที่เขตไม่ได้แก้ไข เหลือให้พิจารณาเฉพาะเกณฑ์ที่เปลี่ยนไป</translation>
    </message>
    <message>
        <source>Unchanged benchmarks whose verdict was kept: %n.</source>
        <translation>เกณฑ์ที่ไม่เปลี่ยนและคงผลการพิจารณาไว้: %n เกณฑ์</translation>
    </message>
</context>
<context>
    <name>CatalogDiff</name>
    <message>
        <source>Changes from edition {old_edition} version {old_version} to edition {new_edition} version {new_version}.</source>
        <translation>การเปลี่ยนแปลงจากชุดเกณฑ์ {old_edition} ฉบับ {old_version} เป็นชุดเกณฑ์ {new_edition} ฉบับ {new_version}</translation>
    </message>
    <message>
        <source>The two catalogs are the same text (SHA-256 {sha256}).</source>
        <translation>ชุดเกณฑ์ทั้งสองมีเนื้อความเหมือนกันทุกตัวอักษร (SHA-256 {sha256})</translation>
    </message>
    <message>
        <source>No benchmark was added, removed, renamed or changed; only other parts of the text differ.</source>
        <translation>ไม่มีเกณฑ์ใดถูกเพิ่ม ลบ เปลี่ยนชื่อ หรือแก้ไข มีเพียงข้อความส่วนอื่นที่ต่างกัน</translation>
    </message>
    <message numerus="yes">
        <source>%n benchmarks added.</source>
        <translation>
            <numerusform>เพิ่มเกณฑ์ %n ข้อ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n benchmarks removed.</source>
        <translation>
            <numerusform>ลบเกณฑ์ %n ข้อ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n benchmarks renumbered.</source>
        <translation>
            <numerusform>เปลี่ยนรหัสเกณฑ์ %n ข้อ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n benchmarks renamed.</source>
        <translation>
            <numerusform>เปลี่ยนชื่อเกณฑ์ %n ข้อ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n benchmarks changed the levels they are mandatory for.</source>
        <translation>
            <numerusform>เกณฑ์ %n ข้อเปลี่ยนระดับที่บังคับ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The descriptions or means of verification of %n benchmarks changed: {codes}.</source>
        <translation>
            <numerusform>คำอธิบายหรือหลักฐานที่ใช้ตรวจสอบของเกณฑ์ %n ข้อเปลี่ยนไป: {codes}</numerusform>
        </translation>
    </message>
    <message>
        <source>Added benchmark {code}: {title}.</source>
        <translation>เพิ่มเกณฑ์ {code}: {title}</translation>
    </message>
    <message>
        <source>Added benchmark {code}: {title}. It is mandatory from {level} up.</source>
        <translation>เพิ่มเกณฑ์ {code}: {title} เป็นเกณฑ์บังคับตั้งแต่ระดับ{level}ขึ้นไป</translation>
    </message>
    <message>
        <source>Removed benchmark {code}: {title}.</source>
        <translation>ลบเกณฑ์ {code}: {title}</translation>
    </message>
    <message>
        <source>Benchmark {old_code} is now numbered {new_code}: {title}.</source>
        <translation>เกณฑ์ {old_code} เปลี่ยนรหัสเป็น {new_code}: {title}</translation>
    </message>
    <message>
        <source>Benchmark {code} is renamed from “{old}” to “{new}”.</source>
        <translation>เกณฑ์ {code} เปลี่ยนชื่อจาก “{old}” เป็น “{new}”</translation>
    </message>
    <message>
        <source>Benchmark {code} ({title}) is now mandatory from {new} up; it was not mandatory before.</source>
        <translation>เกณฑ์ {code} ({title}) เป็นเกณฑ์บังคับตั้งแต่ระดับ{new}ขึ้นไปแล้ว เดิมไม่ได้เป็นเกณฑ์บังคับ</translation>
    </message>
    <message>
        <source>Benchmark {code} ({title}) is no longer mandatory; it was mandatory from {old} up.</source>
        <translation>เกณฑ์ {code} ({title}) ไม่เป็นเกณฑ์บังคับแล้ว เดิมบังคับตั้งแต่ระดับ{old}ขึ้นไป</translation>
    </message>
    <message>
        <source>Benchmark {code} ({title}) is now mandatory from {new} up; it was mandatory from {old} up.</source>
        <translation>เกณฑ์ {code} ({title}) เป็นเกณฑ์บังคับตั้งแต่ระดับ{new}ขึ้นไปแล้ว เดิมบังคับตั้งแต่ระดับ{old}ขึ้นไป</translation>
    </message>
    <message>
        <source>The threshold for {level} changes from {old}% to {new}%.</source>
        <translation>เกณฑ์คะแนนของระดับ{level}เปลี่ยนจาก {old}% เป็น {new}%</translation>
    </message>
</context>
<context>
    <name>CatalogWorkbook</name>
    <message>
        <source>Code</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <source>Description (English)</source>
        <translation>คำอธิบาย (ภาษาอังกฤษ)</translation>
    </message>
    <message>
        <source>Description (Thai)</source>
        <translation>คำอธิบาย (ภาษาไทย)</translation>
    </message>
    <message>
        <source>Edition id: stays the same across revisions</source>
        <translation>รหัสชุดเกณฑ์: คงเดิมทุกครั้งที่ปรับปรุง</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>ช่องข้อมูล</translation>
    </message>
    <message>
        <source>Kind of row</source>
        <translation>ประเภทแถว</translation>
    </message>
    <message>
        <source>Mandatory for Bronze (yes/no)</source>
        <translation>บังคับสำหรับระดับทองแดง (yes/no)</translation>
    </message>
    <message>
        <source>Mandatory for Gold (yes/no)</source>
        <translation>บังคับสำหรับระดับทอง (yes/no)</translation>
    </message>
    <message>
        <source>Mandatory for Silver (yes/no)</source>
        <translation>บังคับสำหรับระดับเงิน (yes/no)</translation>
    </message>
    <message>
        <source>Means of verification (English, one a line)</source>
        <translation>หลักฐานที่ใช้ตรวจสอบ (ภาษาอังกฤษ บรรทัดละรายการ)</translation>
    </message>
    <message>
        <source>Means of verification (Thai, one a line)</source>
        <translation>หลักฐานที่ใช้ตรวจสอบ (ภาษาไทย บรรทัดละรายการ)</translation>
    </message>
    <message>
        <source>Note (English, optional)</source>
        <translation>หมายเหตุ (ภาษาอังกฤษ ไม่บังคับ)</translation>
    </message>
    <message>
        <source>Note (Thai, optional)</source>
        <translation>หมายเหตุ (ภาษาไทย ไม่บังคับ)</translation>
    </message>
    <message>
        <source>Score needed for Bronze (%)</source>
        <translation>คะแนนที่ต้องได้สำหรับระดับทองแดง (%)</translation>
    </message>
    <message>
        <source>Score needed for Gold (%)</source>
        <translation>คะแนนที่ต้องได้สำหรับระดับทอง (%)</translation>
    </message>
    <message>
        <source>Score needed for Silver (%)</source>
        <translation>คะแนนที่ต้องได้สำหรับระดับเงิน (%)</translation>
    </message>
    <message>
        <source>Status: template or official</source>
        <translation>สถานะ: template (แม่แบบ) หรือ official (ทางการ)</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>ชื่อ (ภาษาอังกฤษ)</translation>
    </message>
    <message>
        <source>Title (Thai)</source>
        <translation>ชื่อ (ภาษาไทย)</translation>
    </message>
    <message>
        <source>Title of the catalog (English)</source>
        <translation>ชื่อชุดเกณฑ์ (ภาษาอังกฤษ)</translation>
    </message>
    <message>
        <source>Title of the catalog (Thai)</source>
        <translation>ชื่อชุดเกณฑ์ (ภาษาไทย)</translation>
    </message>
    <message>
        <source>Valid from (a date such as 2024-10-01, optional)</source>
        <translation>มีผลตั้งแต่ (วันที่ เช่น 2024-10-01 ไม่บังคับ)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>ค่า</translation>
    </message>
    <message>
        <source>Version: changes with every revision</source>
        <translation>ฉบับ: เปลี่ยนทุกครั้งที่ปรับปรุง</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>ความหมาย</translation>
    </message>
    <message>
        <source>Workbook {file}, sheet {sheet}, cell {cell}: the formula's value was never computed, so the cell is read as empty; open and save the workbook in Excel or LibreOffice.</source>
        <translation>สมุดงาน {file} ชีต {sheet} เซลล์ {cell}: สูตรในเซลล์นี้ยังไม่เคยถูกคำนวณ จึงอ่านเป็นค่าว่าง กรุณาเปิดและบันทึกสมุดงานด้วย Excel หรือ LibreOffice</translation>
    </message>
    <message>
        <source>Workbook {file}, sheet {sheet}, row {row}: the field {field} is not known and is ignored.</source>
        <translation>สมุดงาน {file} ชีต {sheet} แถว {row}: ไม่รู้จักช่องข้อมูล {field} จึงข้ามไป</translation>
    </message>
    <message>
        <source>Export the catalog as a workbook</source>
        <translation>ส่งออกชุดเกณฑ์เป็นสมุดงาน Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>สมุดงาน Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>The catalog {edition} version {version} was written to {path}. Edit it in Excel or LibreOffice; 'sealdesk catalog from-xlsx' reads it back.</source>
        <translation>บันทึกชุดเกณฑ์ {edition} ฉบับ {version} ไว้ที่ {path} แล้ว แก้ไขได้ด้วย Excel หรือ LibreOffice และอ่านกลับด้วยคำสั่ง 'sealdesk catalog from-xlsx'</translation>
    </message>
</context>
<context>
    <name>Protected</name>
    <message>
        <source>{file} holds personal data. Opening it is recorded in the access log with the reader&apos;s name and the time.</source>
        <translation>{file} มีข้อมูลส่วนบุคคล การเปิดไฟล์จะถูกบันทึกไว้ในบันทึกการเข้าถึง พร้อมชื่อผู้มีสิทธิ์อ่านและเวลา</translation>
    </message>
    <message>
        <source>Open protected personal data</source>
        <translation>เปิดข้อมูลส่วนบุคคลที่ได้รับการคุ้มครอง</translation>
    </message>
    <message>
        <source>Reader:</source>
        <translation>ผู้มีสิทธิ์อ่าน:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>รหัสผ่าน:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>{title} (protected personal data)</source>
        <translation>{title} (ข้อมูลส่วนบุคคลที่ได้รับการคุ้มครอง)</translation>
    </message>
    <message>
        <source>This copy is erased when this window closes. Do not save it elsewhere unless your work needs it.</source>
        <translation>สำเนานี้จะถูกลบเมื่อปิดหน้าต่างนี้ อย่าบันทึกไว้ที่อื่นหากงานไม่จำเป็นต้องใช้</translation>
    </message>
    <message>
        <source>Open in another program</source>
        <translation>เปิดด้วยโปรแกรมอื่น</translation>
    </message>
    <message>
        <source>Close and erase the copy</source>
        <translation>ปิดและลบสำเนา</translation>
    </message>
    <message>
        <source>These files hold personal data. They travelled encrypted and stay encrypted here; only the office&apos;s readers can open them, with their passphrase.</source>
        <translation>ไฟล์เหล่านี้มีข้อมูลส่วนบุคคล ส่งมาแบบเข้ารหัสและเก็บไว้แบบเข้ารหัส เฉพาะผู้มีสิทธิ์อ่านของสำนักงานเท่านั้นที่เปิดได้ด้วยรหัสผ่านของตน</translation>
    </message>
    <message>
        <source>Open (needs your passphrase)</source>
        <translation>เปิด (ต้องใช้รหัสผ่านของคุณ)</translation>
    </message>
    <message>
        <source>{file}: protected personal data, {size} bytes</source>
        <translation>{file}: ข้อมูลส่วนบุคคลที่ได้รับการคุ้มครอง {size} ไบต์</translation>
    </message>
    <message>
        <source>Used for {codes}</source>
        <translation>ใช้กับเกณฑ์ {codes}</translation>
    </message>
    <message>
        <source>This office has no reader of personal data yet: add one with &apos;sealdesk office reader add&apos;.</source>
        <translation>สำนักงานยังไม่มีผู้มีสิทธิ์อ่านข้อมูลส่วนบุคคล เพิ่มได้ด้วยคำสั่ง &apos;sealdesk office reader add&apos;</translation>
    </message>
    <message>
        <source>Unlocking and decrypting...</source>
        <translation>กำลังปลดล็อกและถอดรหัส...</translation>
    </message>
    <message>
        <source>Protected ({n})</source>
        <translation>ได้รับการคุ้มครอง ({n})</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>เปิดดู</translation>
    </message>
    <message>
        <source>Saved to a file</source>
        <translation>บันทึกเป็นไฟล์</translation>
    </message>
    <message>
        <source>Read the list of titles</source>
        <translation>อ่านรายชื่อเอกสาร</translation>
    </message>
    <message>
        <source>Decrypted a file</source>
        <translation>ถอดรหัสไฟล์</translation>
    </message>
    <message>
        <source>Access log of personal data</source>
        <translation>บันทึกการเข้าถึงข้อมูลส่วนบุคคล</translation>
    </message>
    <message>
        <source>When</source>
        <translation>เมื่อ</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>ผู้มีสิทธิ์อ่าน</translation>
    </message>
    <message>
        <source>What</source>
        <translation>การกระทำ</translation>
    </message>
    <message>
        <source>District</source>
        <translation>เขต</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>ชุดเอกสาร</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message numerus="yes">
        <source>Every opening of protected personal data, newest first. Protected files are kept %n years after they are received, then erased with &apos;sealdesk office purge&apos;.</source>
        <translation>
            <numerusform>การเปิดข้อมูลส่วนบุคคลที่ได้รับการคุ้มครองทุกครั้ง เรียงจากล่าสุด ไฟล์ที่ได้รับการคุ้มครองจะเก็บไว้ %n ปีนับจากวันที่ได้รับ แล้วจึงลบด้วยคำสั่ง &apos;sealdesk office purge&apos;</numerusform>
        </translation>
    </message>
    <message>
        <source>No reader of this office can open it: it was encrypted for {names}. Ask the district to trust the office&apos;s current card and send it again.</source>
        <translation>ผู้มีสิทธิ์อ่านของสำนักงานนี้ไม่มีผู้ใดเปิดไฟล์นี้ได้ เพราะเข้ารหัสไว้สำหรับ {names} กรุณาขอให้สำนักงานเขตเพิ่มบัตรปัจจุบันของสำนักงานแล้วส่งมาใหม่</translation>
    </message>
</context>
<context>
    <name>BackupProtect</name>
    <message>
        <source>&amp;Back up</source>
        <translation>สำรองข้อมูล(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>รหัสผ่าน(&amp;P):</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least {minimum} characters.</source>
        <translation>กรุณาตั้งรหัสผ่านยาวอย่างน้อย {minimum} ตัวอักษร</translation>
    </message>
    <message>
        <source>Encrypt the backup</source>
        <translation>เข้ารหัสไฟล์สำรองข้อมูล</translation>
    </message>
    <message>
        <source>Only for an encrypted backup</source>
        <translation>ใช้เฉพาะไฟล์สำรองข้อมูลที่เข้ารหัสไว้</translation>
    </message>
    <message>
        <source>Pa&amp;ssphrase:</source>
        <translation>รหัสผ่าน(&amp;S):</translation>
    </message>
    <message>
        <source>The same &amp;again:</source>
        <translation>พิมพ์ซ้ำอีกครั้ง(&amp;A):</translation>
    </message>
    <message>
        <source>This workspace holds evidence marked as personal data, so the backup is encrypted with a passphrase. Keep the passphrase apart from the backup: without it the backup cannot be restored.</source>
        <translation>พื้นที่ทำงานนี้มีหลักฐานที่ทำเครื่องหมายว่ามีข้อมูลส่วนบุคคล ไฟล์สำรองข้อมูลจึงเข้ารหัสด้วยรหัสผ่าน กรุณาเก็บรหัสผ่านแยกจากไฟล์สำรองข้อมูล หากไม่มีรหัสผ่านจะกู้คืนไฟล์สำรองข้อมูลไม่ได้</translation>
    </message>
    <message>
        <source>Type the same passphrase twice.</source>
        <translation>กรุณาพิมพ์รหัสผ่านเดียวกันสองครั้ง</translation>
    </message>
    <message>
        <source>Write it unencrypted: anyone who copies the file can read the personal data</source>
        <translation>บันทึกโดยไม่เข้ารหัส: ใครก็ตามที่คัดลอกไฟล์ไปจะอ่านข้อมูลส่วนบุคคลได้</translation>
    </message>
</context>
<context>
    <name>Readers</name>
    <message>
        <source>Add</source>
        <translation>เพิ่ม</translation>
    </message>
    <message>
        <source>Add a reader of personal data</source>
        <translation>เพิ่มผู้มีสิทธิ์อ่านข้อมูลส่วนบุคคล</translation>
    </message>
    <message>
        <source>Add a reader...</source>
        <translation>เพิ่มผู้มีสิทธิ์อ่าน...</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>เพิ่มเมื่อ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Making the reader&apos;s key...</source>
        <translation>กำลังสร้างกุญแจของผู้มีสิทธิ์อ่าน...</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>ชื่อ:</translation>
    </message>
    <message>
        <source>Only these people can open the personal data districts send. After adding or removing one, write the office card again and send it to the districts.</source>
        <translation>เฉพาะบุคคลเหล่านี้เท่านั้นที่เปิดข้อมูลส่วนบุคคลที่สำนักงานเขตส่งมาได้ หลังเพิ่มหรือนำผู้ใดออก กรุณาออกบัตรสำนักงานใหม่แล้วส่งให้สำนักงานเขต</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>รหัสผ่าน:</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>กุญแจสาธารณะ</translation>
    </message>
    <message>
        <source>Readers of personal data</source>
        <translation>ผู้มีสิทธิ์อ่านข้อมูลส่วนบุคคล</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>นำออก</translation>
    </message>
    <message>
        <source>Remove the reader {name}? Their key is wiped; what was encrypted only for them can no longer be opened here.</source>
        <translation>นำผู้มีสิทธิ์อ่าน {name} ออกหรือไม่ กุญแจของผู้นั้นจะถูกลบ และไฟล์ที่เข้ารหัสไว้ให้ผู้นั้นเพียงผู้เดียวจะเปิดที่นี่ไม่ได้อีก</translation>
    </message>
    <message>
        <source>The reader chooses the passphrase and types it here; nobody else should know it. Without it, nobody can open what is encrypted for this reader.</source>
        <translation>ผู้มีสิทธิ์อ่านเป็นผู้ตั้งรหัสผ่านและพิมพ์เองที่นี่ ไม่ควรมีผู้อื่นรู้ หากไม่มีรหัสผ่านนี้ จะไม่มีใครเปิดไฟล์ที่เข้ารหัสไว้ให้ผู้นี้ได้</translation>
    </message>
    <message>
        <source>The same again:</source>
        <translation>พิมพ์ซ้ำอีกครั้ง:</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>รหัสผ่านทั้งสองครั้งไม่ตรงกัน</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>The coordinating office now uses the catalog edition {edition} {version}; this round uses {used}. Ask the office for the new edition file and import it.</source>
        <translation>ขณะนี้สำนักงานประสานงานใช้เกณฑ์ฉบับ {edition} {version} แต่รอบนี้ใช้ {used} โปรดขอไฟล์เกณฑ์ฉบับใหม่จากสำนักงานแล้วนำเข้า</translation>
    </message>
</context>
<context>
    <name>CatalogEdition</name>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Catalog to publish</source>
        <translation>เกณฑ์ที่จะเผยแพร่</translation>
    </message>
    <message>
        <source>Catalogs (*.toml)</source>
        <translation>ไฟล์เกณฑ์ (*.toml)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>นำเข้า</translation>
    </message>
    <message>
        <source>Import a catalog edition</source>
        <translation>นำเข้าเกณฑ์ฉบับใหม่</translation>
    </message>
    <message>
        <source>Passphrase of the office&apos;s signing key:</source>
        <translation>รหัสผ่านของกุญแจลงนามของสำนักงาน:</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>เผยแพร่</translation>
    </message>
    <message>
        <source>Publish a catalog edition</source>
        <translation>เผยแพร่เกณฑ์ฉบับใหม่</translation>
    </message>
    <message>
        <source>Published the catalog edition {edition} to {path}.</source>
        <translation>เผยแพร่เกณฑ์ฉบับ {edition} ไว้ที่ {path} แล้ว</translation>
    </message>
    <message>
        <source>Round {round} uses {old}. The file holds {new}.</source>
        <translation>รอบ {round} ใช้เกณฑ์ {old} ไฟล์นี้เป็นเกณฑ์ {new}</translation>
    </message>
    <message>
        <source>Save the signed edition as</source>
        <translation>บันทึกเกณฑ์ฉบับที่ลงนามเป็น</translation>
    </message>
    <message>
        <source>Signed by {office}, with its trusted office key {key_id}.</source>
        <translation>ลงนามโดย {office} ด้วยกุญแจสำนักงานที่เชื่อถือ {key_id}</translation>
    </message>
    <message>
        <source>Signed with the trusted office key {key_id}.</source>
        <translation>ลงนามด้วยกุญแจสำนักงานที่เชื่อถือ {key_id}</translation>
    </message>
    <message>
        <source>The districts now use {old}. Publishing makes {new} the office&apos;s current edition.</source>
        <translation>ขณะนี้เขตใช้เกณฑ์ {old} การเผยแพร่จะทำให้ {new} เป็นเกณฑ์ฉบับปัจจุบันของสำนักงาน</translation>
    </message>
    <message>
        <source>The edition is signed with the office key; districts that trust the office&apos;s card can import it, and submissions made with an older edition are flagged.</source>
        <translation>เกณฑ์ฉบับนี้จะลงนามด้วยกุญแจสำนักงาน เขตที่เชื่อถือบัตรสำนักงานจะนำเข้าได้ และการส่งที่ใช้เกณฑ์ฉบับเก่าจะถูกทำเครื่องหมายไว้</translation>
    </message>
    <message>
        <source>This catalog is not signed by the coordinating office: use it for practice only; pre-flight and the bundle will say so, and the office will mark the submission.</source>
        <translation>เกณฑ์นี้ไม่ได้ลงนามโดยสำนักงานประสานงาน ใช้สำหรับฝึกซ้อมเท่านั้น การตรวจก่อนส่งและชุดข้อมูลจะระบุไว้ และสำนักงานจะทำเครื่องหมายการส่งไว้</translation>
    </message>
    <message>
        <source>This round uses the catalog {edition}, which is not signed by the coordinating office: use it for practice only, and import the office&apos;s signed edition when it arrives.</source>
        <translation>รอบนี้ใช้เกณฑ์ {edition} ซึ่งไม่ได้ลงนามโดยสำนักงานประสานงาน ใช้สำหรับฝึกซ้อมเท่านั้น และนำเข้าเกณฑ์ฉบับที่สำนักงานลงนามเมื่อได้รับแล้ว</translation>
    </message>
    <message>
        <source>What changes:</source>
        <translation>สิ่งที่เปลี่ยนแปลง:</translation>
    </message>
    <message>
        <source>Practice catalog, not signed</source>
        <translation>เกณฑ์ฝึกซ้อม ไม่ได้ลงนาม</translation>
    </message>
    <message>
        <source>The office uses the catalog edition {edition}</source>
        <translation>สำนักงานใช้เกณฑ์ฉบับ {edition}</translation>
    </message>
</context>
</TS>
