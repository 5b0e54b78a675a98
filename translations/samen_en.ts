<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AddDeadlinePage</name>
    <message>
        <source>Whole family</source>
        <translation>Whole family</translation>
    </message>
    <message>
        <source>Add a date from an IND letter</source>
        <translation>Add a date from an IND letter</translation>
    </message>
    <message>
        <source>The IND often asks you to answer before a date. Enter that date here. Samen will remind you.</source>
        <translation>The IND often asks you to answer before a date. Enter that date here. Samen will remind you.</translation>
    </message>
    <message>
        <source>For whom?</source>
        <translation>For whom?</translation>
    </message>
    <message>
        <source>What does the letter ask?</source>
        <translation>What does the letter ask?</translation>
    </message>
    <message>
        <source>For example: send the DNA form</source>
        <translation>For example: send the DNA form</translation>
    </message>
    <message>
        <source>Only you see these words. Reminders never show them.</source>
        <translation>Only you see these words. Reminders never show them.</translation>
    </message>
    <message>
        <source>Answer before</source>
        <translation>Answer before</translation>
    </message>
</context>
<context>
    <name>AppPage</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Make a backup</source>
        <translation>Make a backup</translation>
    </message>
    <message>
        <source>Where do you want to save the backup?</source>
        <translation>Where do you want to save the backup?</translation>
    </message>
    <message>
        <source>A backup is one file with all your information. It is locked with a backup password. Keep the file in a safe place, for example with someone you trust.</source>
        <translation>A backup is one file with all your information. It is locked with a backup password. Keep the file in a safe place, for example with someone you trust.</translation>
    </message>
    <message>
        <source>Choose a backup password that is different from your PIN. Without it, nobody can open the backup.</source>
        <translation>Choose a backup password that is different from your PIN. Without it, nobody can open the backup.</translation>
    </message>
    <message>
        <source>Backup password (at least 8 characters)</source>
        <translation>Backup password (at least 8 characters)</translation>
    </message>
    <message>
        <source>Type the backup password again</source>
        <translation>Type the backup password again</translation>
    </message>
    <message>
        <source>The two are not the same. Type them again.</source>
        <translation>The two are not the same. Type them again.</translation>
    </message>
    <message>
        <source>Choose where to save it</source>
        <translation>Choose where to save it</translation>
    </message>
    <message>
        <source>Making the backup.</source>
        <translation>Making the backup.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The backup is saved: %1</source>
        <translation>The backup is saved: %1</translation>
    </message>
</context>
<context>
    <name>CameraPage</name>
    <message>
        <source>Take a photo</source>
        <translation>Take a photo</translation>
    </message>
    <message>
        <source>Samen cannot find a camera on this device. Use &quot;Add photo or file&quot; instead.</source>
        <translation>Samen cannot find a camera on this device. Use &quot;Add photo or file&quot; instead.</translation>
    </message>
    <message>
        <source>Put the paper on a table in good light. Make sure all corners are in the picture.</source>
        <translation>Put the paper on a table in good light. Make sure all corners are in the picture.</translation>
    </message>
    <message>
        <source>Take the photo</source>
        <translation>Take the photo</translation>
    </message>
</context>
<context>
    <name>ChangePinPage</name>
    <message>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation>Change PIN</translation>
    </message>
    <message>
        <source>Your password now</source>
        <translation>Your password now</translation>
    </message>
    <message>
        <source>Your PIN now</source>
        <translation>Your PIN now</translation>
    </message>
    <message>
        <source>New password (at least 8 characters)</source>
        <translation>New password (at least 8 characters)</translation>
    </message>
    <message>
        <source>New PIN (at least 6 numbers)</source>
        <translation>New PIN (at least 6 numbers)</translation>
    </message>
    <message>
        <source>Type the password again</source>
        <translation>Type the password again</translation>
    </message>
    <message>
        <source>Type the PIN again</source>
        <translation>Type the PIN again</translation>
    </message>
    <message>
        <source>Done. From now on, use the new one.</source>
        <translation>Done. From now on, use the new one.</translation>
    </message>
    <message>
        <source>The two are not the same. Type them again.</source>
        <translation>The two are not the same. Type them again.</translation>
    </message>
    <message numerus="yes">
        <source>You can try again in %Ln second(s).</source>
        <translation>
            <numerusform>You can try again in %Ln second.</numerusform>
            <numerusform>You can try again in %Ln seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Changing. This takes a few seconds.</source>
        <translation>Changing. This takes a few seconds.</translation>
    </message>
    <message>
        <source>Use a PIN instead</source>
        <translation>Use a PIN instead</translation>
    </message>
    <message>
        <source>Use a password instead</source>
        <translation>Use a password instead</translation>
    </message>
    <message>
        <source>Change, and give your information a new key too (safer if someone may have copied the phone; takes longer)</source>
        <translation>Change, and give your information a new key too (safer if someone may have copied the phone; takes longer)</translation>
    </message>
</context>
<context>
    <name>ChooserFit</name>
    <message>
        <source>File name</source>
        <translation>File name</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CorruptPage</name>
    <message>
        <source>Samen cannot open your information</source>
        <translation>Samen cannot open your information</translation>
    </message>
    <message>
        <source>The stored information is damaged.</source>
        <translation>The stored information is damaged.</translation>
    </message>
    <message>
        <source>Samen has not changed or deleted anything.</source>
        <translation>Samen has not changed or deleted anything.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Erase everything and start again</source>
        <translation>Erase everything and start again</translation>
    </message>
</context>
<context>
    <name>CostsPage</name>
    <message>
        <source>Costs</source>
        <translation>Costs</translation>
    </message>
    <message>
        <source>Some things on the way cost money. Samen shows an amount only where an official source gives it. Where prices differ, it says so.</source>
        <translation>Some things on the way cost money. Samen shows an amount only where an official source gives it. Where prices differ, it says so.</translation>
    </message>
    <message>
        <source>Rules and numbers as of %1.</source>
        <translation>Rules and numbers as of %1.</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>Amount: %1</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <source>Solar calendar (Hijri shamsi)</source>
        <translation>Solar calendar (Hijri shamsi)</translation>
    </message>
    <message>
        <source>Ethiopian calendar</source>
        <translation>Ethiopian calendar</translation>
    </message>
    <message>
        <source>This month has only %1 days in that year. Please choose another day.</source>
        <translation>This month has only %1 days in that year. Please choose another day.</translation>
    </message>
    <message>
        <source>This year has only %1 months.</source>
        <translation>This year has only %1 months.</translation>
    </message>
    <message>
        <source>This year is not possible. Please check it.</source>
        <translation>This year is not possible. Please check it.</translation>
    </message>
    <message>
        <source>Gregorian (European) calendar</source>
        <translation>Gregorian (European) calendar</translation>
    </message>
    <message>
        <source>This day is after today. Please check the year.</source>
        <translation>This day is after today. Please check the year.</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
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
        <source>Use this date</source>
        <translation>Use this date</translation>
    </message>
</context>
<context>
    <name>DeadlineCard</name>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>You may apply from: %1</source>
        <translation>You may apply from: %1</translation>
    </message>
    <message>
        <source>Last day: %1</source>
        <translation>Last day: %1</translation>
    </message>
    <message>
        <source>This date is from your IND letter.</source>
        <translation>This date is from your IND letter.</translation>
    </message>
    <message>
        <source>Reminders are paused for now.</source>
        <translation>Reminders are paused for now.</translation>
    </message>
    <message>
        <source>I did this</source>
        <translation>I did this</translation>
    </message>
    <message>
        <source>Remind me tomorrow</source>
        <translation>Remind me tomorrow</translation>
    </message>
    <message>
        <source>Remind me in a week</source>
        <translation>Remind me in a week</translation>
    </message>
    <message>
        <source>Delete this date</source>
        <translation>Delete this date</translation>
    </message>
    <message>
        <source>The IND must decide by this day. You do not need to do anything for it.</source>
        <translation>The IND must decide by this day. You do not need to do anything for it.</translation>
    </message>
    <message>
        <source>I sent the application: enter the date</source>
        <translation>I sent the application: enter the date</translation>
    </message>
    <message>
        <source>This happened: enter the date</source>
        <translation>This happened: enter the date</translation>
    </message>
    <message>
        <source>Undo: not done yet (removes the date of this step)</source>
        <translation>Undo: not done yet (removes the date of this step)</translation>
    </message>
    <message>
        <source>Undo: not done yet</source>
        <translation>Undo: not done yet</translation>
    </message>
    <message>
        <source>You said in the questions about your family that the application is sent. To change this, change that answer.</source>
        <translation>You said in the questions about your family that the application is sent. To change this, change that answer.</translation>
    </message>
</context>
<context>
    <name>DeadlinesPage</name>
    <message>
        <source>Dates and deadlines</source>
        <translation>Dates and deadlines</translation>
    </message>
    <message>
        <source>Here you see your important dates, such as the last day to apply. First answer the questions about your family. Then Samen knows your dates and reminds you in time.</source>
        <translation>Here you see your important dates, such as the last day to apply. First answer the questions about your family. Then Samen knows your dates and reminds you in time.</translation>
    </message>
    <message>
        <source>Start the questions</source>
        <translation>Start the questions</translation>
    </message>
    <message>
        <source>Steps of the procedure</source>
        <translation>Steps of the procedure</translation>
    </message>
    <message>
        <source>Enter the dates of each step. Samen counts the deadlines.</source>
        <translation>Enter the dates of each step. Samen counts the deadlines.</translation>
    </message>
    <message>
        <source>No dates yet. Enter the date on your IND letter in the questions, or the dates of the steps.</source>
        <translation>No dates yet. Enter the date on your IND letter in the questions, or the dates of the steps.</translation>
    </message>
    <message>
        <source>Add a date from an IND letter</source>
        <translation>Add a date from an IND letter</translation>
    </message>
    <message>
        <source>Add to my calendar</source>
        <translation>Add to my calendar</translation>
    </message>
    <message>
        <source>Samen saves a calendar file. This file is not locked: anyone with your phone can read it. It shows only &quot;Samen: a date to check&quot;, unless you chose more detail in Settings.</source>
        <translation>Samen saves a calendar file. This file is not locked: anyone with your phone can read it. It shows only &quot;Samen: a date to check&quot;, unless you chose more detail in Settings.</translation>
    </message>
    <message>
        <source>Include my notes</source>
        <translation>Include my notes</translation>
    </message>
    <message>
        <source>Save the file</source>
        <translation>Save the file</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Calendar files (*.ics)</translation>
    </message>
    <message>
        <source>The dates are saved. Open the file with your calendar.</source>
        <translation>The dates are saved. Open the file with your calendar.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Delete this date? Samen will not remind you of it any more.</source>
        <translation>Delete this date? Samen will not remind you of it any more.</translation>
    </message>
    <message>
        <source>This removes the date of this step (for the window: the day you sent the application). The deadline counts again. Are you sure?</source>
        <translation>This removes the date of this step (for the window: the day you sent the application). The deadline counts again. Are you sure?</translation>
    </message>
    <message>
        <source>Delete the date</source>
        <translation>Delete the date</translation>
    </message>
    <message>
        <source>Yes, remove the date</source>
        <translation>Yes, remove the date</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>Demo with example data. PIN: %1</source>
        <translation>Demo with example data. PIN: %1</translation>
    </message>
</context>
<context>
    <name>DocumentFiles</name>
    <message>
        <source>This page could not be deleted. Try again.</source>
        <translation>This page could not be deleted. Try again.</translation>
    </message>
    <message>
        <source>The page is deleted.</source>
        <translation>The page is deleted.</translation>
    </message>
    <message>
        <source>This file cannot be opened. Choose another file.</source>
        <translation>This file cannot be opened. Choose another file.</translation>
    </message>
    <message>
        <source>This file is empty. Choose another file.</source>
        <translation>This file is empty. Choose another file.</translation>
    </message>
    <message>
        <source>This file is too big. The limit is %1 MB.</source>
        <translation>This file is too big. The limit is %1 MB.</translation>
    </message>
    <message>
        <source>This picture is too large. Choose a smaller picture or take a photo.</source>
        <translation>This picture is too large. Choose a smaller picture or take a photo.</translation>
    </message>
    <message>
        <source>This kind of file cannot be added. Choose a photo or a PDF file.</source>
        <translation>This kind of file cannot be added. Choose a photo or a PDF file.</translation>
    </message>
    <message>
        <source>This picture is damaged. Choose another file or take a new photo.</source>
        <translation>This picture is damaged. Choose another file or take a new photo.</translation>
    </message>
    <message>
        <source>This PDF file is damaged. Choose another file.</source>
        <translation>This PDF file is damaged. Choose another file.</translation>
    </message>
    <message>
        <source>The file could not be saved. Try again.</source>
        <translation>The file could not be saved. Try again.</translation>
    </message>
    <message>
        <source>The page is added.</source>
        <translation>The page is added.</translation>
    </message>
    <message>
        <source>There is nothing to save yet.</source>
        <translation>There is nothing to save yet.</translation>
    </message>
    <message>
        <source>Choose another folder.</source>
        <translation>Choose another folder.</translation>
    </message>
    <message>
        <source>The copies could not be saved there. Choose another folder.</source>
        <translation>The copies could not be saved there. Choose another folder.</translation>
    </message>
    <message numerus="yes">
        <source>%n copies saved. Delete them after you have uploaded them.</source>
        <translation>
            <numerusform>%n copy saved. Delete it after you have uploaded it.</numerusform>
            <numerusform>%n copies saved. Delete them after you have uploaded them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentFilesPage</name>
    <message>
        <source>Photos and files</source>
        <translation>Photos and files</translation>
    </message>
    <message>
        <source>Choose a photo or a PDF file</source>
        <translation>Choose a photo or a PDF file</translation>
    </message>
    <message>
        <source>Photos and PDF files</source>
        <translation>Photos and PDF files</translation>
    </message>
    <message>
        <source>Where do you want to save the copies?</source>
        <translation>Where do you want to save the copies?</translation>
    </message>
    <message>
        <source>The copies are not locked. Anyone who uses this phone can see them. Delete the copies after you have uploaded them to the IND website.</source>
        <translation>The copies are not locked. Anyone who uses this phone can see them. Delete the copies after you have uploaded them to the IND website.</translation>
    </message>
    <message>
        <source>I understand. Choose a folder</source>
        <translation>I understand. Choose a folder</translation>
    </message>
    <message>
        <source>Do you want to delete this page? You cannot undo this.</source>
        <translation>Do you want to delete this page? You cannot undo this.</translation>
    </message>
    <message>
        <source>Delete the page</source>
        <translation>Delete the page</translation>
    </message>
    <message>
        <source>There are no papers here yet. First answer the questions about your family. Then Samen shows which papers each person needs, and you can add photos of them here.</source>
        <translation>There are no papers here yet. First answer the questions about your family. Then Samen shows which papers each person needs, and you can add photos of them here.</translation>
    </message>
    <message>
        <source>Answer the questions</source>
        <translation>Answer the questions</translation>
    </message>
    <message>
        <source>Photos and files you add here are locked inside Samen. They are not put in your phone&apos;s gallery.</source>
        <translation>Photos and files you add here are locked inside Samen. They are not put in your phone&apos;s gallery.</translation>
    </message>
    <message>
        <source>No photos or files of this paper yet.</source>
        <translation>No photos or files of this paper yet.</translation>
    </message>
    <message>
        <source>Working on it. This can take a moment.</source>
        <translation>Working on it. This can take a moment.</translation>
    </message>
    <message>
        <source>Add photo or file</source>
        <translation>Add photo or file</translation>
    </message>
    <message>
        <source>Take a photo</source>
        <translation>Take a photo</translation>
    </message>
    <message>
        <source>Save copies of all papers of this person</source>
        <translation>Save copies of all papers of this person</translation>
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
        <source>Choose this folder</source>
        <translation>Choose this folder</translation>
    </message>
</context>
<context>
    <name>DocumentPage</name>
    <message>
        <source>This person needs no papers for now.</source>
        <translation>This person needs no papers for now.</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>For: %1</translation>
    </message>
    <message>
        <source>Where is this paper now?</source>
        <translation>Where is this paper now?</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Photos and files</source>
        <translation>Photos and files</translation>
    </message>
    <message>
        <source>Keep a photo or a PDF of this paper here. It stays locked inside this app, not in your gallery.</source>
        <translation>Keep a photo or a PDF of this paper here. It stays locked inside this app, not in your gallery.</translation>
    </message>
    <message>
        <source>See the photos and files</source>
        <translation>See the photos and files</translation>
    </message>
    <message>
        <source>Add a photo or file</source>
        <translation>Add a photo or file</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
</context>
<context>
    <name>DocumentTexts</name>
    <message>
        <source>A passport or ID card shows who this person is. The IND needs a copy.</source>
        <translation>A passport or ID card shows who this person is. The IND needs a copy.</translation>
    </message>
    <message>
        <source>The official paper of your marriage. It shows that you were married before you came to the Netherlands.</source>
        <translation>The official paper of your marriage. It shows that you were married before you came to the Netherlands.</translation>
    </message>
    <message>
        <source>You are not married. Show that you were already a couple before you came, for example with photos, letters or papers with both your names.</source>
        <translation>You are not married. Show that you were already a couple before you came, for example with photos, letters or papers with both your names.</translation>
    </message>
    <message>
        <source>The birth certificate shows who the parents are. It proves that you are family.</source>
        <translation>The birth certificate shows who the parents are. It proves that you are family.</translation>
    </message>
    <message>
        <source>The official papers of the adoption. They show that the child is legally yours.</source>
        <translation>The official papers of the adoption. They show that the child is legally yours.</translation>
    </message>
    <message>
        <source>Papers or other proof that the child already lived with your family before you fled.</source>
        <translation>Papers or other proof that the child already lived with your family before you fled.</translation>
    </message>
    <message>
        <source>The child&apos;s other parent stays behind. That parent must write and sign that the child may go to the Netherlands.</source>
        <translation>The child&apos;s other parent stays behind. That parent must write and sign that the child may go to the Netherlands.</translation>
    </message>
    <message>
        <source>From age 12, the IND may ask for a paper from the police. It says if this person has a criminal record.</source>
        <translation>From age 12, the IND may ask for a paper from the police. It says if this person has a criminal record.</translation>
    </message>
    <message>
        <source>From age 15, the IND may ask for a paper that says if this person is married or not.</source>
        <translation>From age 15, the IND may ask for a paper that says if this person is married or not.</translation>
    </message>
    <message>
        <source>Papers that are not in Dutch, English, French or German must be translated by a sworn translator.</source>
        <translation>Papers that are not in Dutch, English, French or German must be translated by a sworn translator.</translation>
    </message>
    <message>
        <source>No papers? Send other proof of who this person is, for example an old ID, a school paper or a camp registration. Tell the IND why the passport is missing.</source>
        <translation>No papers? Send other proof of who this person is, for example an old ID, a school paper or a camp registration. Tell the IND why the passport is missing.</translation>
    </message>
    <message>
        <source>No papers? Send other proof that you are family, for example photos, a vaccination booklet or a camp registration. The IND may offer a DNA test or an interview.</source>
        <translation>No papers? Send other proof that you are family, for example photos, a vaccination booklet or a camp registration. The IND may offer a DNA test or an interview.</translation>
    </message>
    <message>
        <source>From Syria: the Syrian ID card or a passport.</source>
        <translation>From Syria: the Syrian ID card or a passport.</translation>
    </message>
    <message>
        <source>From Eritrea: the Eritrean ID card or a passport.</source>
        <translation>From Eritrea: the Eritrean ID card or a passport.</translation>
    </message>
    <message>
        <source>From Afghanistan: the tazkira (ID paper) or a passport.</source>
        <translation>From Afghanistan: the tazkira (ID paper) or a passport.</translation>
    </message>
    <message>
        <source>From Somalia: a passport or ID card if there is one. If not, read &quot;No papers?&quot;.</source>
        <translation>From Somalia: a passport or ID card if there is one. If not, read &quot;No papers?&quot;.</translation>
    </message>
    <message>
        <source>From Yemen: a passport or ID card.</source>
        <translation>From Yemen: a passport or ID card.</translation>
    </message>
    <message>
        <source>From Syria: the marriage certificate and the family booklet.</source>
        <translation>From Syria: the marriage certificate and the family booklet.</translation>
    </message>
    <message>
        <source>From Afghanistan: the nikah-nama (marriage paper).</source>
        <translation>From Afghanistan: the nikah-nama (marriage paper).</translation>
    </message>
    <message>
        <source>From Eritrea: the marriage paper or a certificate from the church.</source>
        <translation>From Eritrea: the marriage paper or a certificate from the church.</translation>
    </message>
    <message>
        <source>From Somalia: a marriage certificate if there is one. If not, read &quot;No papers?&quot;.</source>
        <translation>From Somalia: a marriage certificate if there is one. If not, read &quot;No papers?&quot;.</translation>
    </message>
    <message>
        <source>From Yemen: the marriage certificate.</source>
        <translation>From Yemen: the marriage certificate.</translation>
    </message>
    <message>
        <source>From Syria: the birth certificate and the family booklet.</source>
        <translation>From Syria: the birth certificate and the family booklet.</translation>
    </message>
    <message>
        <source>From Eritrea: the birth certificate or a certificate from the church.</source>
        <translation>From Eritrea: the birth certificate or a certificate from the church.</translation>
    </message>
    <message>
        <source>From Somalia: a birth certificate if there is one. If not, read &quot;No papers?&quot;.</source>
        <translation>From Somalia: a birth certificate if there is one. If not, read &quot;No papers?&quot;.</translation>
    </message>
    <message>
        <source>From Yemen: the birth certificate.</source>
        <translation>From Yemen: the birth certificate.</translation>
    </message>
    <message>
        <source>Passport or ID card</source>
        <translation>Passport or ID card</translation>
    </message>
    <message>
        <source>Marriage certificate</source>
        <translation>Marriage certificate</translation>
    </message>
    <message>
        <source>Proof of your relationship</source>
        <translation>Proof of your relationship</translation>
    </message>
    <message>
        <source>Birth certificate</source>
        <translation>Birth certificate</translation>
    </message>
    <message>
        <source>Adoption papers</source>
        <translation>Adoption papers</translation>
    </message>
    <message>
        <source>Proof of foster care</source>
        <translation>Proof of foster care</translation>
    </message>
    <message>
        <source>Consent of the other parent</source>
        <translation>Consent of the other parent</translation>
    </message>
    <message>
        <source>Police certificate</source>
        <translation>Police certificate</translation>
    </message>
    <message>
        <source>Proof of marital status</source>
        <translation>Proof of marital status</translation>
    </message>
    <message>
        <source>Sworn translations</source>
        <translation>Sworn translations</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Asked for</source>
        <translation>Asked for</translation>
    </message>
    <message>
        <source>I have it</source>
        <translation>I have it</translation>
    </message>
    <message>
        <source>Translated</source>
        <translation>Translated</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>From Afghanistan: a birth certificate if there is one. If not, read &quot;No papers?&quot;.</source>
        <translation>From Afghanistan: a birth certificate if there is one. If not, read &quot;No papers?&quot;.</translation>
    </message>
    <message>
        <source>The regular route costs a fee (leges). Nareis is free. The IND website gives the amount; Samen does not, because it changes.</source>
        <translation>The regular route costs a fee (leges). Nareis is free. The IND website gives the amount; Samen does not, because it changes.</translation>
    </message>
    <message>
        <source>On the regular route your family member may first have to pass the civic integration exam abroad (basisexamen inburgering buitenland).</source>
        <translation>On the regular route your family member may first have to pass the civic integration exam abroad (basisexamen inburgering buitenland).</translation>
    </message>
    <message>
        <source>On the regular route you must show enough income of your own and a home. Keep your pay slips and your rental contract.</source>
        <translation>On the regular route you must show enough income of your own and a home. Keep your pay slips and your rental contract.</translation>
    </message>
    <message>
        <source>On the regular route your family member needs health insurance from the day of arrival.</source>
        <translation>On the regular route your family member needs health insurance from the day of arrival.</translation>
    </message>
    <message>
        <source>On the regular route the IND usually asks for legalised documents: stamps of the country that made the paper and of the Dutch embassy.</source>
        <translation>On the regular route the IND usually asks for legalised documents: stamps of the country that made the paper and of the Dutch embassy.</translation>
    </message>
    <message>
        <source>Fee for the regular route</source>
        <translation>Fee for the regular route</translation>
    </message>
    <message>
        <source>Civic integration exam abroad</source>
        <translation>Civic integration exam abroad</translation>
    </message>
    <message>
        <source>Proof of income and a home</source>
        <translation>Proof of income and a home</translation>
    </message>
    <message>
        <source>Health insurance</source>
        <translation>Health insurance</translation>
    </message>
    <message>
        <source>Legalised documents</source>
        <translation>Legalised documents</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>Show that you lived together before you came, for example with photos, letters to the same address or a rental contract.</source>
        <translation>Show that you lived together before you came, for example with photos, letters to the same address or a rental contract.</translation>
    </message>
    <message>
        <source>Cannot get it, for example because the other parent has died or cannot be found? Write down why, and send what shows it, such as a death certificate.</source>
        <translation>Cannot get it, for example because the other parent has died or cannot be found? Write down why, and send what shows it, such as a death certificate.</translation>
    </message>
    <message>
        <source>Proof that you lived together</source>
        <translation>Proof that you lived together</translation>
    </message>
</context>
<context>
    <name>EligibilityPage</name>
    <message>
        <source>Who can come?</source>
        <translation>Who can come?</translation>
    </message>
    <message>
        <source>Answer simple questions, one at a time. Then Samen shows who in your family can come, and by which date you must apply.</source>
        <translation>Answer simple questions, one at a time. Then Samen shows who in your family can come, and by which date you must apply.</translation>
    </message>
    <message>
        <source>If you do not know an answer, choose &quot;I don&apos;t know&quot;. You can go back and change an answer at any time.</source>
        <translation>If you do not know an answer, choose &quot;I don&apos;t know&quot;. You can go back and change an answer at any time.</translation>
    </message>
    <message>
        <source>Start the questions</source>
        <translation>Start the questions</translation>
    </message>
    <message>
        <source>Go on where you stopped</source>
        <translation>Go on where you stopped</translation>
    </message>
    <message>
        <source>See the result</source>
        <translation>See the result</translation>
    </message>
    <message>
        <source>Change answers or add a person</source>
        <translation>Change answers or add a person</translation>
    </message>
    <message>
        <source>Start again (delete all answers)</source>
        <translation>Start again (delete all answers)</translation>
    </message>
    <message>
        <source>All your answers will be deleted. Are you sure?</source>
        <translation>All your answers will be deleted. Are you sure?</translation>
    </message>
    <message>
        <source>Yes, delete all answers</source>
        <translation>Yes, delete all answers</translation>
    </message>
</context>
<context>
    <name>ErasePage</name>
    <message>
        <source>Erase everything</source>
        <translation>Erase everything</translation>
    </message>
    <message>
        <source>Make a backup first, so that you can get your information back later.</source>
        <translation>Make a backup first, so that you can get your information back later.</translation>
    </message>
    <message>
        <source>Make a backup first</source>
        <translation>Make a backup first</translation>
    </message>
    <message>
        <source>I understand that this cannot be undone.</source>
        <translation>I understand that this cannot be undone.</translation>
    </message>
    <message>
        <source>Erasing.</source>
        <translation>Erasing.</translation>
    </message>
    <message>
        <source>This removes all your information from Samen: answers, family, papers and dates. It cannot be undone.</source>
        <translation>This removes all your information from Samen: answers, family, papers and dates. It cannot be undone.</translation>
    </message>
</context>
<context>
    <name>FamilyController</name>
    <message>
        <source>Not in the eligibility questions</source>
        <translation>Not in the eligibility questions</translation>
    </message>
    <message>
        <source>Turns 18 on %1. Send the application before that day if you can: the age on the day you apply counts.</source>
        <translation>Turns 18 on %1. Send the application before that day if you can: the age on the day you apply counts.</translation>
    </message>
    <message>
        <source>No papers on the list</source>
        <translation>No papers on the list</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 papers ready</source>
        <translation>
            <numerusform>%1 of %2 paper ready</numerusform>
            <numerusform>%1 of %2 papers ready</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a person&apos;s place in the family, then their name</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>FamilyEmptyState</name>
    <message>
        <source>No family members yet. Add them with the questions about your family. Then you see here which papers each person needs.</source>
        <translation>No family members yet. Add them with the questions about your family. Then you see here which papers each person needs.</translation>
    </message>
    <message>
        <source>Add a family member</source>
        <translation>Add a family member</translation>
    </message>
</context>
<context>
    <name>FamilyPage</name>
    <message>
        <source>Tap a person to see which papers they need.</source>
        <translation>Tap a person to see which papers they need.</translation>
    </message>
    <message>
        <source>Add a family member</source>
        <translation>Add a family member</translation>
    </message>
    <message>
        <source>Family and papers</source>
        <translation>Family and papers</translation>
    </message>
</context>
<context>
    <name>FileDetails</name>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
</context>
<context>
    <name>ForgotPage</name>
    <message>
        <source>Forgot your PIN?</source>
        <translation>Forgot your PIN?</translation>
    </message>
    <message>
        <source>Without your PIN, Samen cannot open your information. Nobody can, not even the makers of Samen.</source>
        <translation>Without your PIN, Samen cannot open your information. Nobody can, not even the makers of Samen.</translation>
    </message>
    <message>
        <source>You can erase everything and start again. If you made a backup, you can restore it after that, with its backup password.</source>
        <translation>You can erase everything and start again. If you made a backup, you can restore it after that, with its backup password.</translation>
    </message>
    <message>
        <source>Erase everything and start again</source>
        <translation>Erase everything and start again</translation>
    </message>
</context>
<context>
    <name>GlossaryPage</name>
    <message>
        <source>Dutch words</source>
        <translation>Dutch words</translation>
    </message>
    <message>
        <source>Find a word</source>
        <translation>Find a word</translation>
    </message>
    <message>
        <source>No word found. Try fewer letters.</source>
        <translation>No word found. Try fewer letters.</translation>
    </message>
    <message>
        <source>These words are in Dutch on your letters. Here they are explained.</source>
        <translation>These words are in Dutch on your letters. Here they are explained.</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>Help and contacts</source>
        <translation>Help and contacts</translation>
    </message>
    <message>
        <source>These organisations can help you. Samen shows a phone number or opening hours only where an official source gives them.</source>
        <translation>These organisations can help you. Samen shows a phone number or opening hours only where an official source gives them.</translation>
    </message>
    <message>
        <source>Rules and numbers as of %1.</source>
        <translation>Rules and numbers as of %1.</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Phone: %1</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Call %1</translation>
    </message>
    <message>
        <source>This device cannot make calls. Copy the number and call it from a phone.</source>
        <translation>This device cannot make calls. Copy the number and call it from a phone.</translation>
    </message>
    <message>
        <source>Copy the number</source>
        <translation>Copy the number</translation>
    </message>
    <message>
        <source>Copy the number of %1</source>
        <translation>Copy the number of %1</translation>
    </message>
    <message>
        <source>The number is copied. You can paste it in the phone app.</source>
        <translation>The number is copied. You can paste it in the phone app.</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Address: %1</translation>
    </message>
    <message>
        <source>Open:</source>
        <translation>Open:</translation>
    </message>
    <message>
        <source>As of %1.</source>
        <translation>As of %1.</translation>
    </message>
</context>
<context>
    <name>HelperController</name>
    <message>
        <source>Open Samen with your PIN first.</source>
        <translation>Open Samen with your PIN first.</translation>
    </message>
</context>
<context>
    <name>HelperPage</name>
    <message>
        <source>Show to a helper</source>
        <translation>Show to a helper</translation>
    </message>
    <message>
        <source>Where do you want to save the PDF?</source>
        <translation>Where do you want to save the PDF?</translation>
    </message>
    <message>
        <source>Show a short summary of your family, your deadlines and your papers to a volunteer, a social worker or a lawyer. It is in Dutch or English. They can only read it.</source>
        <translation>Show a short summary of your family, your deadlines and your papers to a volunteer, a social worker or a lawyer. It is in Dutch or English. They can only read it.</translation>
    </message>
    <message>
        <source>To close the summary, your PIN is needed. So you can give your phone to the helper.</source>
        <translation>To close the summary, your PIN is needed. So you can give your phone to the helper.</translation>
    </message>
    <message>
        <source>Open Samen with your PIN first.</source>
        <translation>Open Samen with your PIN first.</translation>
    </message>
    <message>
        <source>Show the summary</source>
        <translation>Show the summary</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>The PDF file is not locked with your PIN. Anyone who has the file can read it. Save it only where you choose, and delete it when you do not need it any more.</source>
        <translation>The PDF file is not locked with your PIN. Anyone who has the file can read it. Save it only where you choose, and delete it when you do not need it any more.</translation>
    </message>
    <message>
        <source>The PDF is saved.</source>
        <translation>The PDF is saved.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>HelperViewPage</name>
    <message>
        <source>Close the summary (PIN needed)</source>
        <translation>Close the summary (PIN needed)</translation>
    </message>
    <message>
        <source>Type your password to close the summary</source>
        <translation>Type your password to close the summary</translation>
    </message>
    <message>
        <source>Type your PIN to close the summary</source>
        <translation>Type your PIN to close the summary</translation>
    </message>
    <message>
        <source>Close the summary</source>
        <translation>Close the summary</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Bring your family to the Netherlands, step by step.</source>
        <translation>Bring your family to the Netherlands, step by step.</translation>
    </message>
    <message>
        <source>Who can come?</source>
        <translation>Who can come?</translation>
    </message>
    <message>
        <source>Answer simple questions about your family.</source>
        <translation>Answer simple questions about your family.</translation>
    </message>
    <message>
        <source>The papers each person needs.</source>
        <translation>The papers each person needs.</translation>
    </message>
    <message>
        <source>Dates and deadlines</source>
        <translation>Dates and deadlines</translation>
    </message>
    <message>
        <source>Show to a helper</source>
        <translation>Show to a helper</translation>
    </message>
    <message>
        <source>A short summary in Dutch for a volunteer.</source>
        <translation>A short summary in Dutch for a volunteer.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Language, and about this app.</source>
        <translation>Language, and about this app.</translation>
    </message>
    <message>
        <source>What now?</source>
        <translation>What now?</translation>
    </message>
    <message>
        <source>Next date: %1</source>
        <translation>Next date: %1</translation>
    </message>
    <message>
        <source>Last day: %1</source>
        <translation>Last day: %1</translation>
    </message>
    <message>
        <source>See all dates</source>
        <translation>See all dates</translation>
    </message>
    <message>
        <source>You may apply from: %1</source>
        <translation>You may apply from: %1</translation>
    </message>
    <message numerus="yes">
        <source>Please answer %n new question(s). Then Samen checks again what the new rules mean for your family.</source>
        <translation>
            <numerusform>Please answer %n new question. Then Samen checks again what the new rules mean for your family.</numerusform>
            <numerusform>Please answer %n new questions. Then Samen checks again what the new rules mean for your family.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your earlier answer stays on each person&apos;s page. Show this to a volunteer or a lawyer.</source>
        <translation>Your earlier answer stays on each person&apos;s page. Show this to a volunteer or a lawyer.</translation>
    </message>
    <message>
        <source>Answer the new questions</source>
        <translation>Answer the new questions</translation>
    </message>
    <message>
        <source>I have read this</source>
        <translation>I have read this</translation>
    </message>
    <message>
        <source>See the papers</source>
        <translation>See the papers</translation>
    </message>
    <message>
        <source>Family and papers</source>
        <translation>Family and papers</translation>
    </message>
    <message>
        <source>A letter from the IND came</source>
        <translation>A letter from the IND came</translation>
    </message>
    <message numerus="yes">
        <source>%Ln paper(s) still missing.</source>
        <translation>
            <numerusform>%Ln paper still missing.</numerusform>
            <numerusform>%Ln papers still missing.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reminder: %1</source>
        <translation>Reminder: %1</translation>
    </message>
    <message>
        <source>Help, words and costs</source>
        <translation>Help, words and costs</translation>
    </message>
    <message>
        <source>Who can help, Dutch words explained, what costs money.</source>
        <translation>Who can help, Dutch words explained, what costs money.</translation>
    </message>
    <message>
        <source>Everything in time. Samen reminds you.</source>
        <translation>Everything in time. Samen reminds you.</translation>
    </message>
</context>
<context>
    <name>HomeStatus</name>
    <message numerus="yes">
        <source>%Ln more</source>
        <translation>
            <numerusform>%Ln more</numerusform>
            <numerusform>%Ln more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterviewController</name>
    <message>
        <source>Samen can keep up to %1 people. Remove a person before you add another one.</source>
        <translation>Samen can keep up to %1 people. Remove a person before you add another one.</translation>
    </message>
</context>
<context>
    <name>InterviewPage</name>
    <message>
        <source>Who can come?</source>
        <translation>Who can come?</translation>
    </message>
    <message>
        <source>The rules could not be loaded. Please install the app again.</source>
        <translation>The rules could not be loaded. Please install the app again.</translation>
    </message>
    <message>
        <source>About: %1</source>
        <translation>About: %1</translation>
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
        <source>I don&apos;t know</source>
        <translation>I don&apos;t know</translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation>Previous question</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Who do you want to bring?</source>
        <translation>Who do you want to bring?</translation>
    </message>
    <message>
        <source>Choose one person. You can add more people after the questions about this person.</source>
        <translation>Choose one person. You can add more people after the questions about this person.</translation>
    </message>
    <message>
        <source>See the result</source>
        <translation>See the result</translation>
    </message>
    <message>
        <source>Choose a person</source>
        <translation>Choose a person</translation>
    </message>
    <message>
        <source>Add another person</source>
        <translation>Add another person</translation>
    </message>
    <message>
        <source>You added these people. Tap a person to check or change their answers. Add another person, or see the result.</source>
        <translation>You added these people. Tap a person to check or change their answers. Add another person, or see the result.</translation>
    </message>
    <message>
        <source>Name of %1 (you may leave it empty)</source>
        <translation>Name of %1 (you may leave it empty)</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Remove: %1</translation>
    </message>
    <message numerus="yes">
        <source>This deletes %1 with their answers, papers, dates and reminders, and %Ln photo(s) or file(s) of their papers. You cannot undo this.</source>
        <translation>
            <numerusform>This deletes %1 with their answers, papers, dates and reminders, and %Ln photo(s) or file(s) of their papers. You cannot undo this.</numerusform>
            <numerusform>This deletes %1 with their answers, papers, dates and reminders, and %Ln photo(s) or file(s) of their papers. You cannot undo this.</numerusform>
        </translation>
    </message>
    <message>
        <source>This deletes %1 with their answers, papers, dates and reminders. You cannot undo this.</source>
        <translation>This deletes %1 with their answers, papers, dates and reminders. You cannot undo this.</translation>
    </message>
    <message numerus="yes">
        <source>Remove this person and %Ln photo(s)</source>
        <translation>
            <numerusform>Remove this person and %Ln photo(s)</numerusform>
            <numerusform>Remove this person and %Ln photo(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes, remove this person</source>
        <translation>Yes, remove this person</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>About you</translation>
    </message>
</context>
<context>
    <name>InterviewTexts</name>
    <message>
        <source>Family member</source>
        <translation>Family member</translation>
    </message>
    <message>
        <source>Rules as of %1</source>
        <translation>Rules as of %1</translation>
    </message>
    <message>
        <source>Checked on %1</source>
        <translation>Checked on %1</translation>
    </message>
    <message>
        <source>You applied on %1. That was after the 3 months, which ended on %2.</source>
        <translation>You applied on %1. That was after the 3 months, which ended on %2.</translation>
    </message>
    <message>
        <source>You applied on %1, within the 3 months.</source>
        <translation>You applied on %1, within the 3 months.</translation>
    </message>
    <message>
        <source>The 3 months ended on %1. This is hard news, but there are still ways. A husband, wife or child can come through the regular route, and a lawyer can check if the IND may accept a late application. Talk to a volunteer soon.</source>
        <translation>The 3 months ended on %1. This is hard news, but there are still ways. A husband, wife or child can come through the regular route, and a lawyer can check if the IND may accept a late application. Talk to a volunteer soon.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days left. Last day to apply: %1.</source>
        <translation>
            <numerusform>%Ln day left. Last day to apply: %1.</numerusform>
            <numerusform>%Ln days left. Last day to apply: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The 3 months end on %1. That day is a Saturday, a Sunday or a public holiday, so the last day moves to the next working day. Do not wait for it: apply before %1 if you can.</source>
        <translation>The 3 months end on %1. That day is a Saturday, a Sunday or a public holiday, so the last day moves to the next working day. Do not wait for it: apply before %1 if you can.</translation>
    </message>
    <message>
        <source>Apply today. Today is the last day.</source>
        <translation>Apply today. Today is the last day.</translation>
    </message>
    <message>
        <source>The rules changed on 12 June 2026. The day you apply decides which rules count for your family.</source>
        <translation>The rules changed on 12 June (6) 2026. The day you apply decides which rules count for your family.</translation>
    </message>
    <message>
        <source>When were you born?</source>
        <translation>When were you born?</translation>
    </message>
    <message>
        <source>Some rules depend on your age. Young people who came alone have extra rights.</source>
        <translation>Some rules depend on your age. Young people who came alone have extra rights.</translation>
    </message>
    <message>
        <source>Did you come to the Netherlands alone, before you were 18? Alone means without your father or mother.</source>
        <translation>Did you come to the Netherlands alone, before you were 18? Alone means without your father or mother.</translation>
    </message>
    <message>
        <source>A child who came alone may bring their parents and their young brothers and sisters.</source>
        <translation>A child who came alone may bring their parents and their young brothers and sisters.</translation>
    </message>
    <message>
        <source>On which day did you ask for asylum in the Netherlands?</source>
        <translation>On which day did you ask for asylum in the Netherlands?</translation>
    </message>
    <message>
        <source>Which date is on the IND letter that gave you asylum?</source>
        <translation>Which date is on the IND letter that gave you asylum?</translation>
    </message>
    <message>
        <source>You have 3 months from this date to apply for your family with nareis. After that it is much harder.</source>
        <translation>You have 3 months from this date to apply for your family with nareis. After that it is much harder.</translation>
    </message>
    <message>
        <source>Which protection did you get?</source>
        <translation>Which protection did you get?</translation>
    </message>
    <message>
        <source>Which country are you from?</source>
        <translation>Which country are you from?</translation>
    </message>
    <message>
        <source>Each country has its own papers. We use this to tell you which papers your family can get.</source>
        <translation>Each country has its own papers. We use this to tell you which papers your family can get.</translation>
    </message>
    <message>
        <source>Who is this person to you?</source>
        <translation>Who is this person to you?</translation>
    </message>
    <message>
        <source>The rules are different for a husband or wife, a child, a parent, and a brother or sister.</source>
        <translation>The rules are different for a husband or wife, a child, a parent, and a brother or sister.</translation>
    </message>
    <message>
        <source>When was this person born?</source>
        <translation>When was this person born?</translation>
    </message>
    <message>
        <source>Nareis is only for family that already existed before you came.</source>
        <translation>Nareis is only for family that already existed before you came.</translation>
    </message>
    <message>
        <source>Is this the husband, wife or partner you choose to bring?</source>
        <translation>Is this the husband, wife or partner you choose to bring?</translation>
    </message>
    <message>
        <source>The law lets only one husband, wife or partner come. You choose who.</source>
        <translation>The law lets only one husband, wife or partner come. You choose who.</translation>
    </message>
    <message>
        <source>Who is the other parent of this child?</source>
        <translation>Who is the other parent of this child?</translation>
    </message>
    <message>
        <source>For a child of a partner who cannot come, you may need advice.</source>
        <translation>For a child of a partner who cannot come, you may need advice.</translation>
    </message>
    <message>
        <source>Is this person married?</source>
        <translation>Is this person married?</translation>
    </message>
    <message>
        <source>A child who is 18 or older and married cannot come with nareis.</source>
        <translation>A child who is 18 or older and married cannot come with nareis.</translation>
    </message>
    <message>
        <source>Does this person have a partner of their own?</source>
        <translation>Does this person have a partner of their own?</translation>
    </message>
    <message>
        <source>A child who is 18 or older and has a partner cannot come with nareis.</source>
        <translation>A child who is 18 or older and has a partner cannot come with nareis.</translation>
    </message>
    <message>
        <source>Does the other parent of this child stay behind?</source>
        <translation>Does the other parent of this child stay behind?</translation>
    </message>
    <message>
        <source>Then that parent must give written permission for the child to come. We put it on the list of papers.</source>
        <translation>Then that parent must give written permission for the child to come. We put it on the list of papers.</translation>
    </message>
    <message>
        <source>Did you tell the IND about this person during your asylum procedure?</source>
        <translation>Did you tell the IND about this person during your asylum procedure?</translation>
    </message>
    <message>
        <source>If the IND never heard of this person, they may doubt that you are family.</source>
        <translation>If the IND never heard of this person, they may doubt that you are family.</translation>
    </message>
    <message>
        <source>Only one husband, wife or partner can come. You chose someone else.</source>
        <translation>Only one husband, wife or partner can come. You chose someone else.</translation>
    </message>
    <message>
        <source>This is your child, but the other parent is a partner who cannot come. The law is not clear here.</source>
        <translation>This is your child, but the other parent is a partner who cannot come. The law is not clear here.</translation>
    </message>
    <message>
        <source>This child is not your own, and their parent is a partner who cannot come.</source>
        <translation>This child is not your own, and their parent is a partner who cannot come.</translation>
    </message>
    <message>
        <source>A husband or wife can only come when both of you are 18 or older.</source>
        <translation>A husband or wife can only come when both of you are 18 or older.</translation>
    </message>
    <message>
        <source>You married after you came to the Netherlands. Then only the regular route is open.</source>
        <translation>You married after you came to the Netherlands. Then only the regular route is open.</translation>
    </message>
    <message>
        <source>You were married before you came, and you are both 18 or older.</source>
        <translation>You were married before you came, and you are both 18 or older.</translation>
    </message>
    <message>
        <source>Your relationship started after you came to the Netherlands. Then only the regular route is open.</source>
        <translation>Your relationship started after you came to the Netherlands. Then only the regular route is open.</translation>
    </message>
    <message>
        <source>The child is under 18 and belonged to your family before you came.</source>
        <translation>The child is under 18 and belonged to your family before you came.</translation>
    </message>
    <message>
        <source>The child is 18 or older and married or has a partner. Such a child cannot come with nareis.</source>
        <translation>The child is 18 or older and married or has a partner. Such a child cannot come with nareis.</translation>
    </message>
    <message>
        <source>You did not tell the IND about this person during your asylum procedure. The IND may doubt that you are family.</source>
        <translation>You did not tell the IND about this person during your asylum procedure. The IND may doubt that you are family.</translation>
    </message>
    <message>
        <source>The 3 months after your IND letter have passed. Now only the regular route is open, unless the IND accepts a good reason for the delay.</source>
        <translation>The 3 months after your IND letter have passed. Now only the regular route is open, unless the IND accepts a good reason for the delay.</translation>
    </message>
    <message>
        <source>The 3 months after your IND letter have passed. For parents and brothers and sisters there is no regular route.</source>
        <translation>The 3 months after your IND letter have passed. For parents and brothers and sisters there is no regular route.</translation>
    </message>
    <message>
        <source>Parents and brothers and sisters can only come with nareis when you came alone as a child.</source>
        <translation>Parents and brothers and sisters can only come with nareis when you came alone as a child.</translation>
    </message>
    <message>
        <source>You came alone as a child, so your parents may come. This is true even if you are 18 now.</source>
        <translation>You came alone as a child, so your parents may come. This is true even if you are 18 now.</translation>
    </message>
    <message>
        <source>You came alone as a child, so your brothers and sisters under 18 may come.</source>
        <translation>You came alone as a child, so your brothers and sisters under 18 may come.</translation>
    </message>
    <message>
        <source>This brother or sister is 18 or older. The law is not clear for them.</source>
        <translation>This brother or sister is 18 or older. The law is not clear for them.</translation>
    </message>
    <message>
        <source>You have refugee status. You were married before you came, and you are both 18 or older.</source>
        <translation>You have refugee status. You were married before you came, and you are both 18 or older.</translation>
    </message>
    <message>
        <source>You have refugee status. The child is under 18 and belonged to your family before you came.</source>
        <translation>You have refugee status. The child is under 18 and belonged to your family before you came.</translation>
    </message>
    <message>
        <source>You came alone as a child and have subsidiary protection. The new law is not clear for this.</source>
        <translation>You came alone as a child and have subsidiary protection. The new law is not clear for this.</translation>
    </message>
    <message>
        <source>We do not know who this person is to you.</source>
        <translation>We do not know who this person is to you.</translation>
    </message>
    <message>
        <source>We do not know which protection you have. It is in your IND letter.</source>
        <translation>We do not know which protection you have. It is in your IND letter.</translation>
    </message>
    <message>
        <source>We do not know the date of your IND letter, so we cannot count the 3 months.</source>
        <translation>We do not know the date of your IND letter, so we cannot count the 3 months.</translation>
    </message>
    <message>
        <source>We do not know your age.</source>
        <translation>We do not know your age.</translation>
    </message>
    <message>
        <source>We do not know how old you were when you asked for asylum.</source>
        <translation>We do not know how old you were when you asked for asylum.</translation>
    </message>
    <message>
        <source>We do not know if you came alone as a child.</source>
        <translation>We do not know if you came alone as a child.</translation>
    </message>
    <message>
        <source>We do not know the age of this person.</source>
        <translation>We do not know the age of this person.</translation>
    </message>
    <message>
        <source>We do not know if you were already family before you came.</source>
        <translation>We do not know if you were already family before you came.</translation>
    </message>
    <message>
        <source>We do not know if you told the IND about this person.</source>
        <translation>We do not know if you told the IND about this person.</translation>
    </message>
    <message>
        <source>We do not know if this person is married.</source>
        <translation>We do not know if this person is married.</translation>
    </message>
    <message>
        <source>We do not know if this person has a partner of their own.</source>
        <translation>We do not know if this person has a partner of their own.</translation>
    </message>
    <message>
        <source>We do not know which husband, wife or partner you choose.</source>
        <translation>We do not know which husband, wife or partner you choose.</translation>
    </message>
    <message>
        <source>Apply within 3 months after the date on your IND letter.</source>
        <translation>Apply within 3 months after the date on your IND letter.</translation>
    </message>
    <message>
        <source>Look at the IND letter that says you may stay (in Dutch: beschikking). The date is at the top of the first page, under the address of the IND. It is not the date on your residence card: that is the day you asked for asylum.</source>
        <translation>Look at the IND letter that says you may stay (in Dutch: beschikking). The date is at the top of the first page, under the address of the IND. It is not the date on your residence card: that is the day you asked for asylum.</translation>
    </message>
    <message>
        <source>This date is on your residence card, after &quot;valid from&quot; (in Dutch: geldig vanaf).</source>
        <translation>This date is on your residence card, after &quot;valid from&quot; (in Dutch: geldig vanaf).</translation>
    </message>
    <message>
        <source>It is in your IND letter. &quot;Vluchteling&quot; means refugee status. &quot;Subsidiaire bescherming&quot; means subsidiary protection.</source>
        <translation>It is in your IND letter. &quot;Vluchteling&quot; means refugee status. &quot;Subsidiaire bescherming&quot; means subsidiary protection.</translation>
    </message>
    <message>
        <source>Refugee status (a-status)</source>
        <translation>Refugee status (a-status)</translation>
    </message>
    <message>
        <source>Subsidiary protection (b-status)</source>
        <translation>Subsidiary protection (b-status)</translation>
    </message>
    <message>
        <source>Syria</source>
        <translation>Syria</translation>
    </message>
    <message>
        <source>Eritrea</source>
        <translation>Eritrea</translation>
    </message>
    <message>
        <source>Afghanistan</source>
        <translation>Afghanistan</translation>
    </message>
    <message>
        <source>Somalia</source>
        <translation>Somalia</translation>
    </message>
    <message>
        <source>Yemen</source>
        <translation>Yemen</translation>
    </message>
    <message>
        <source>Another country</source>
        <translation>Another country</translation>
    </message>
    <message>
        <source>Husband or wife</source>
        <translation>Husband or wife</translation>
    </message>
    <message>
        <source>Partner (not married)</source>
        <translation>Partner (not married)</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Adopted child</source>
        <translation>Adopted child</translation>
    </message>
    <message>
        <source>Foster child</source>
        <translation>Foster child</translation>
    </message>
    <message>
        <source>Child of your partner</source>
        <translation>Child of your partner</translation>
    </message>
    <message>
        <source>Father or mother</source>
        <translation>Father or mother</translation>
    </message>
    <message>
        <source>Brother or sister</source>
        <translation>Brother or sister</translation>
    </message>
    <message>
        <source>Can come with nareis</source>
        <translation>Can come with nareis</translation>
    </message>
    <message>
        <source>Only the regular route</source>
        <translation>Only the regular route</translation>
    </message>
    <message>
        <source>Must wait</source>
        <translation>Must wait</translation>
    </message>
    <message>
        <source>Cannot come with nareis</source>
        <translation>Cannot come with nareis</translation>
    </message>
    <message>
        <source>Ask for advice</source>
        <translation>Ask for advice</translation>
    </message>
    <message>
        <source>Apply before the deadline. Nareis is free and there is no income requirement. Start gathering the papers now.</source>
        <translation>Apply before the deadline. Nareis is free and there is no income requirement. Start gathering the papers now.</translation>
    </message>
    <message>
        <source>The regular route asks for an income, fees and health insurance. Talk to a volunteer or a lawyer before you apply.</source>
        <translation>The regular route asks for an income, fees and health insurance. Talk to a volunteer or a lawyer before you apply.</translation>
    </message>
    <message>
        <source>You cannot apply yet. Keep your papers ready, and talk to a volunteer about income and housing.</source>
        <translation>You cannot apply yet. Keep your papers ready, and talk to a volunteer about income and housing.</translation>
    </message>
    <message>
        <source>If your situation is special, a lawyer can check it. You can find a lawyer through the Juridisch Loket.</source>
        <translation>If your situation is special, a lawyer can check it. You can find a lawyer through the Juridisch Loket.</translation>
    </message>
    <message>
        <source>The rules are not clear for this situation. Show this screen to a volunteer of VluchtelingenWerk, or to a lawyer through the Juridisch Loket.</source>
        <translation>The rules are not clear for this situation. Show this screen to a volunteer of VluchtelingenWerk, or to a lawyer through the Juridisch Loket.</translation>
    </message>
    <message>
        <source>This date is after the day you apply. Please check it.</source>
        <translation>This date is after the day you apply. Please check it.</translation>
    </message>
    <message>
        <source>You already chose another husband, wife or partner. Only one can come.</source>
        <translation>You already chose another husband, wife or partner. Only one can come.</translation>
    </message>
    <message>
        <source>This date does not fit with a date you gave before. Please check both dates.</source>
        <translation>This date does not fit with a date you gave before. Please check both dates.</translation>
    </message>
    <message>
        <source>This answer does not fit. Please check it.</source>
        <translation>This answer does not fit. Please check it.</translation>
    </message>
    <message numerus="yes">
        <source>You can apply from about %1, in about %Ln days. Check the exact date with a lawyer.</source>
        <translation>
            <numerusform>You can apply from about %1, in about %Ln day. Check the exact date with a lawyer.</numerusform>
            <numerusform>You can apply from about %1, in about %Ln days. Check the exact date with a lawyer.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can apply from about %1. Check the exact date with a lawyer.</source>
        <translation>You can apply from about %1. Check the exact date with a lawyer.</translation>
    </message>
    <message>
        <source>If you came alone as a child, your age on that day counts. For a child of yours who is 18 or older now, the child&apos;s age on that day counts: a child who was under 18 then may still count as a child.</source>
        <translation>If you came alone as a child, your age on that day counts. For a child of yours who is 18 or older now, the child&apos;s age on that day counts: a child who was under 18 then may still count as a child.</translation>
    </message>
    <message>
        <source>Some rules depend on age: under 18, or 18 and older.</source>
        <translation>Some rules depend on age: under 18, or 18 and older.</translation>
    </message>
    <message>
        <source>Since 12 June 2026 the IND also uses the new, stricter rules for applications it had not decided yet. Whether the IND decided before that day changes which rules count for your family.</source>
        <translation>Since 12 June (6) 2026 the IND also uses the new, stricter rules for applications it had not decided yet. Whether the IND decided before that day changes which rules count for your family.</translation>
    </message>
    <message>
        <source>On which day did the IND decide on the application for your family?</source>
        <translation>On which day did the IND decide on the application for your family?</translation>
    </message>
    <message>
        <source>A decision from before 12 June 2026 was made under the old rules. A later decision may use the new rules.</source>
        <translation>A decision from before 12 June (6) 2026 was made under the old rules. A later decision may use the new rules.</translation>
    </message>
    <message>
        <source>Did you get your own residence permit through nareis, because a family member in the Netherlands asked for you?</source>
        <translation>Did you get your own residence permit through nareis, because a family member in the Netherlands asked for you?</translation>
    </message>
    <message>
        <source>Someone who came through nareis cannot bring family with nareis. Then a lawyer must look at your situation.</source>
        <translation>Someone who came through nareis cannot bring family with nareis. Then a lawyer must look at your situation.</translation>
    </message>
    <message>
        <source>Do you live together with a new partner here in the Netherlands?</source>
        <translation>Do you live together with a new partner here in the Netherlands?</translation>
    </message>
    <message>
        <source>If you live with a new partner here, the IND may not let a husband, wife or partner from abroad come with nareis. Your answer stays on this phone. Nobody else sees it.</source>
        <translation>If you live with a new partner here, the IND may not let a husband, wife or partner from abroad come with nareis. Your answer stays on this phone. Nobody else sees it.</translation>
    </message>
    <message>
        <source>Do you now have a husband, wife, partner or child of your own here in the Netherlands?</source>
        <translation>Do you now have a husband, wife, partner or child of your own here in the Netherlands?</translation>
    </message>
    <message>
        <source>You came alone as a child. If you now have a family of your own here, the rules for bringing your parents can change. Then you need advice.</source>
        <translation>You came alone as a child. If you now have a family of your own here, the rules for bringing your parents can change. Then you need advice.</translation>
    </message>
    <message>
        <source>Is your marriage registered by the government, with an official marriage certificate? A wedding only in a mosque or church, or only with the families, is not registered.</source>
        <translation>Is your marriage registered by the government, with an official marriage certificate? A wedding only in a mosque or church, or only with the families, is not registered.</translation>
    </message>
    <message>
        <source>Under the new rules only a registered marriage counts as a marriage. For a religious or traditional marriage you need advice.</source>
        <translation>Under the new rules only a registered marriage counts as a marriage. For a religious or traditional marriage you need advice.</translation>
    </message>
    <message>
        <source>You came to the Netherlands through nareis yourself. Then you cannot bring family with nareis. A lawyer must look at your situation.</source>
        <translation>You came to the Netherlands through nareis yourself. Then you cannot bring family with nareis. A lawyer must look at your situation.</translation>
    </message>
    <message>
        <source>You live with a new partner in the Netherlands. Then the IND may not let a husband, wife or partner from abroad come. A lawyer must look at this.</source>
        <translation>You live with a new partner in the Netherlands. Then the IND may not let a husband, wife or partner from abroad come. A lawyer must look at this.</translation>
    </message>
    <message>
        <source>You came alone as a child, and now you have a family of your own here. The IND may say that the bond with your parents is broken. Ask for advice.</source>
        <translation>You came alone as a child, and now you have a family of your own here. The IND may say that the bond with your parents is broken. Ask for advice.</translation>
    </message>
    <message>
        <source>The child is 18 or older now, but was under 18 on the day you asked for asylum, and you apply within the 3 months. Then the child still counts as a child (European Court of Justice, case C-279/20).</source>
        <translation>The child is 18 or older now, but was under 18 on the day you asked for asylum, and you apply within the 3 months. Then the child still counts as a child (European Court of Justice, case C-279/20).</translation>
    </message>
    <message>
        <source>The child is 18 or older. The IND only says yes when the child depends on you much more than usual. The IND also looks at reasons against it: the child lives on their own, earns their own money, or has a child of their own.</source>
        <translation>The child is 18 or older. The IND only says yes when the child depends on you much more than usual. The IND also looks at reasons against it: the child lives on their own, earns their own money, or has a child of their own.</translation>
    </message>
    <message>
        <source>Since 12 June 2026 only a registered marriage counts. A religious or traditional marriage that was never registered is not enough for nareis. There may be other ways: see a lawyer.</source>
        <translation>Since 12 June (6) 2026 only a registered marriage counts. A religious or traditional marriage that was never registered is not enough for nareis. There may be other ways: see a lawyer.</translation>
    </message>
    <message>
        <source>You came alone as a child. It is not yet sure if your brothers and sisters can still come under the new rules. Ask for advice.</source>
        <translation>You came alone as a child. It is not yet sure if your brothers and sisters can still come under the new rules. Ask for advice.</translation>
    </message>
    <message>
        <source>We do not know if you got your own permit through nareis.</source>
        <translation>We do not know if you got your own permit through nareis.</translation>
    </message>
    <message>
        <source>We do not know if you live with a new partner in the Netherlands.</source>
        <translation>We do not know if you live with a new partner in the Netherlands.</translation>
    </message>
    <message>
        <source>We do not know if you have a family of your own in the Netherlands.</source>
        <translation>We do not know if you have a family of your own in the Netherlands.</translation>
    </message>
    <message>
        <source>We do not know if your marriage is registered.</source>
        <translation>We do not know if your marriage is registered.</translation>
    </message>
    <message>
        <source>We do not know the day you asked for asylum. For a child of 18 or older, the child&apos;s age on that day counts.</source>
        <translation>We do not know the day you asked for asylum. For a child of 18 or older, the child&apos;s age on that day counts.</translation>
    </message>
    <message>
        <source>We do not know who the other parent of this child is. Under the new rules this matters.</source>
        <translation>We do not know who the other parent of this child is. Under the new rules this matters.</translation>
    </message>
    <message>
        <source>You apply before 12 June 2026, so the rules from before that day count.</source>
        <translation>You apply before 12 June (6) 2026, so the rules from before that day count.</translation>
    </message>
    <message>
        <source>The IND decided on your application before 12 June 2026, so the rules from before that day count.</source>
        <translation>The IND decided on your application before 12 June (6) 2026, so the rules from before that day count.</translation>
    </message>
    <message>
        <source>You applied before 12 June 2026, and the IND had not decided by then. The IND uses the new rules for such applications too. Courts are testing this.</source>
        <translation>You applied before 12 June (6) 2026, and the IND had not decided by then. The IND uses the new rules for such applications too. Courts are testing this.</translation>
    </message>
    <message>
        <source>The IND decided on your application after 12 June 2026. It uses the new rules for such applications too. Courts are testing this.</source>
        <translation>The IND decided on your application after 12 June (6) 2026. It uses the new rules for such applications too. Courts are testing this.</translation>
    </message>
    <message>
        <source>You have subsidiary protection. Since 12 June 2026 you must wait about 2 years. It is not yet sure from which day the 2 years count (the date of your IND letter or the start of your permit): check the exact date with a lawyer. After that you need an income and your own home.</source>
        <translation>You have subsidiary protection. Since 12 June (6) 2026 you must wait about 2 years. It is not yet sure from which day the 2 years count (the date of your IND letter or the start of your permit): check the exact date with a lawyer. After that you need an income and your own home.</translation>
    </message>
    <message>
        <source>You have subsidiary protection and about 2 years have passed. Now you need an income and your own home. Check with a lawyer that the 2 years are really over.</source>
        <translation>You have subsidiary protection and about 2 years have passed. Now you need an income and your own home. Check with a lawyer that the 2 years are really over.</translation>
    </message>
    <message>
        <source>Since 12 June 2026 a partner you are not married to can in principle no longer come with nareis. There are exceptions: see a lawyer.</source>
        <translation>Since 12 June (6) 2026 a partner you are not married to can in principle no longer come with nareis. There are exceptions: see a lawyer.</translation>
    </message>
    <message>
        <source>Since 12 June 2026 a child of 18 or older can in principle no longer come. The IND also looks at whether the child lives on their own, earns money or has a child. There are exceptions: see a lawyer.</source>
        <translation>Since 12 June (6) 2026 a child of 18 or older can in principle no longer come. The IND also looks at whether the child lives on their own, earns money or has a child. There are exceptions: see a lawyer.</translation>
    </message>
    <message>
        <source>Since 12 June 2026 a foster child can in principle no longer come with nareis. There are exceptions: see a lawyer.</source>
        <translation>Since 12 June (6) 2026 a foster child can in principle no longer come with nareis. There are exceptions: see a lawyer.</translation>
    </message>
    <message>
        <source>If you got a letter from the IND that says yes or no to the application for your family (in Dutch: beschikking), the IND has decided. A letter that only says the IND received your application is not a decision.</source>
        <translation>If you got a letter from the IND that says yes or no to the application for your family (in Dutch: beschikking), the IND has decided. A letter that only says the IND received your application is not a decision.</translation>
    </message>
    <message>
        <source>The date is at the top of the first page of the IND letter with the decision.</source>
        <translation>The date is at the top of the first page of the IND letter with the decision.</translation>
    </message>
    <message>
        <source>A registered marriage has an official marriage certificate from the government of the country where you married.</source>
        <translation>A registered marriage has an official marriage certificate from the government of the country where you married.</translation>
    </message>
    <message>
        <source>This date is in the future. Please choose a day that has passed.</source>
        <translation>This date is in the future. Please choose a day that has passed.</translation>
    </message>
    <message>
        <source>The IND cannot decide before the day you applied. Please check both dates.</source>
        <translation>The IND cannot decide before the day you applied. Please check both dates.</translation>
    </message>
    <message>
        <source>About you: question %1 of %2</source>
        <translation>About you: question %1 of %2</translation>
    </message>
    <message>
        <source>Person %1 of %2: question %3 of %4</source>
        <translation>Person %1 of %2: question %3 of %4</translation>
    </message>
    <message>
        <source>Have you already sent the application for your family to the IND?</source>
        <translation>Have you already sent the application for your family to the IND?</translation>
    </message>
    <message>
        <source>If you have not sent it yet, we count from today. If you sent it, the day you sent it decides which rules count for your family.</source>
        <translation>If you have not sent it yet, we count from today. If you sent it, the day you sent it decides which rules count for your family.</translation>
    </message>
    <message>
        <source>On which day did you send the application for your family?</source>
        <translation>On which day did you send the application for your family?</translation>
    </message>
    <message>
        <source>Were you already married or together before you came to the Netherlands?</source>
        <translation>Were you already married or together before you came to the Netherlands?</translation>
    </message>
    <message>
        <source>Was this child already part of your family before you came to the Netherlands?</source>
        <translation>Was this child already part of your family before you came to the Netherlands?</translation>
    </message>
    <message>
        <source>Nareis is only for children who already belonged to your family before you came.</source>
        <translation>Nareis is only for children who already belonged to your family before you came.</translation>
    </message>
    <message>
        <source>It is on the letter or e-mail in which the IND confirms your application. If you do not know the day, choose &quot;I don&apos;t know&quot;.</source>
        <translation>It is on the letter or e-mail in which the IND confirms your application. If you do not know the day, choose &quot;I don&apos;t know&quot;.</translation>
    </message>
    <message>
        <source>Someone else, who is not in this application</source>
        <translation>Someone else, who is not in this application</translation>
    </message>
    <message>
        <source>The 3 months ended on %1. If you sent the application on or before that day, you were in time. The IND letter that confirms your application shows the day.</source>
        <translation>The 3 months ended on %1. If you sent the application on or before that day, you were in time. The IND letter that confirms your application shows the day.</translation>
    </message>
    <message>
        <source>You applied within the 3 months, which end on %1.</source>
        <translation>You applied within the 3 months, which end on %1.</translation>
    </message>
    <message>
        <source>Since 12 June 2026, people with subsidiary protection must wait about 2 years before they can bring their family.</source>
        <translation>Since 12 June (6) 2026, people with subsidiary protection must wait about 2 years before they can bring their family.</translation>
    </message>
    <message>
        <source>The parent of this child is not your husband or wife by a registered marriage in this application. Since 12 June 2026 such a child can in principle no longer come with nareis. There are exceptions: see a lawyer.</source>
        <translation>The parent of this child is not your husband or wife by a registered marriage in this application. Since 12 June (6) 2026 such a child can in principle no longer come with nareis. There are exceptions: see a lawyer.</translation>
    </message>
    <message>
        <source>We do not know all the dates that decide which rules count: when you applied, or if the IND decided before 12 June 2026. So we show the careful answer: the new rules may count.</source>
        <translation>We do not know all the dates that decide which rules count: when you applied, or if the IND decided before 12 June (6) 2026. So we show the careful answer: the new rules may count.</translation>
    </message>
    <message>
        <source>The partner is under 18. The law is not clear for this. Ask for advice.</source>
        <translation>The partner is under 18. The law is not clear for this. Ask for advice.</translation>
    </message>
    <message>
        <source>You were already together before you came.</source>
        <translation>You were already together before you came.</translation>
    </message>
    <message>
        <source>The child did not belong to your family before you came. The law is not clear for this. Ask for advice.</source>
        <translation>The child did not belong to your family before you came. The law is not clear for this. Ask for advice.</translation>
    </message>
    <message>
        <source>You have subsidiary protection, so you can apply only after about 2 years. By then this child will be 18 or older, and since 12 June 2026 a child of 18 or older can in principle no longer come. See a lawyer now.</source>
        <translation>You have subsidiary protection, so you can apply only after about 2 years. By then this child will be 18 or older, and since 12 June (6) 2026 a child of 18 or older can in principle no longer come. See a lawyer now.</translation>
    </message>
    <message>
        <source>We do not know the day you sent the application. It decides which rules count and if you were in time. The IND letter that confirms your application shows it.</source>
        <translation>We do not know the day you sent the application. It decides which rules count and if you were in time. The IND letter that confirms your application shows it.</translation>
    </message>
    <message>
        <source>Has the IND already decided on your application (a yes or a no)?</source>
        <translation>Has the IND already decided on your application (a yes or a no)?</translation>
    </message>
    <message>
        <source>The application is sent. Answer every IND letter before the date in it, and keep the papers ready.</source>
        <translation>The application is sent. Answer every IND letter before the date in it, and keep the papers ready.</translation>
    </message>
    <message>
        <source>Your application is from 12 June 2026 or later, so the new rules count.</source>
        <translation>Your application is from 12 June (6) 2026 or later, so the new rules count.</translation>
    </message>
    <message>
        <source>This applies if you sent the application before 12 June 2026 and the IND had not decided by then. The IND now also uses the new rules for such applications: people with subsidiary protection must wait about 2 years. Courts are still testing this. See a lawyer now. Free legal help is possible through the Juridisch Loket.</source>
        <translation>This applies if you sent the application before 12 June (6) 2026 and the IND had not decided by then. The IND now also uses the new rules for such applications: people with subsidiary protection must wait about 2 years. Courts are still testing this. See a lawyer now. Free legal help is possible through the Juridisch Loket.</translation>
    </message>
    <message>
        <source>This applies if you sent the application before 12 June 2026 and the IND had not decided by then. The IND now also uses the new rules for such applications: only a husband or wife of a registered marriage and children under 18 can come. Courts are still testing this. See a lawyer now. Free legal help is possible through the Juridisch Loket.</source>
        <translation>This applies if you sent the application before 12 June (6) 2026 and the IND had not decided by then. The IND now also uses the new rules for such applications: only a husband or wife of a registered marriage and children under 18 can come. Courts are still testing this. See a lawyer now. Free legal help is possible through the Juridisch Loket.</translation>
    </message>
    <message>
        <source>This applies if you sent the application before 12 June 2026 and the IND had not decided by then. The IND now also uses the new rules for such applications: a child of 18 or older can in principle no longer come. The IND also looks at whether the child lives on their own, earns money or has a child. Courts are still testing this. See a lawyer now. Free legal help is possible through the Juridisch Loket.</source>
        <translation>This applies if you sent the application before 12 June (6) 2026 and the IND had not decided by then. The IND now also uses the new rules for such applications: a child of 18 or older can in principle no longer come. The IND also looks at whether the child lives on their own, earns money or has a child. Courts are still testing this. See a lawyer now. Free legal help is possible through the Juridisch Loket.</translation>
    </message>
    <message>
        <source>This applies if you sent the application before 12 June 2026 and the IND had not decided by then. The IND now also uses the new rules for such applications, and it is not sure if brothers and sisters can still come. See a lawyer now. Free legal help is possible through the Juridisch Loket.</source>
        <translation>This applies if you sent the application before 12 June (6) 2026 and the IND had not decided by then. The IND now also uses the new rules for such applications, and it is not sure if brothers and sisters can still come. See a lawyer now. Free legal help is possible through the Juridisch Loket.</translation>
    </message>
</context>
<context>
    <name>JourneyGuide</name>
    <message>
        <source>%1 to %2</source>
        <comment>a range of weekdays, e.g. Monday to Friday</comment>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <extracomment>Opening hours: the days (e.g. &quot;Monday to Sunday&quot;), then the opening and closing time.</extracomment>
        <translation>%1: %2 to %3</translation>
    </message>
</context>
<context>
    <name>JourneyListPage</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>JourneyPage</name>
    <message>
        <source>Help, words and costs</source>
        <translation>Help, words and costs</translation>
    </message>
    <message>
        <source>This information is in the app. It also works without internet.</source>
        <translation>This information is in the app. It also works without internet.</translation>
    </message>
    <message>
        <source>Help and contacts</source>
        <translation>Help and contacts</translation>
    </message>
    <message>
        <source>Who can help you, and how to reach them.</source>
        <translation>Who can help you, and how to reach them.</translation>
    </message>
    <message>
        <source>Dutch words</source>
        <translation>Dutch words</translation>
    </message>
    <message>
        <source>What the words in IND letters mean.</source>
        <translation>What the words in IND letters mean.</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Costs</translation>
    </message>
    <message>
        <source>What costs money on the way, and who pays.</source>
        <translation>What costs money on the way, and who pays.</translation>
    </message>
    <message>
        <source>Rules and numbers as of %1.</source>
        <translation>Rules and numbers as of %1.</translation>
    </message>
</context>
<context>
    <name>JourneyTexts</name>
    <message>
        <source>Application sent</source>
        <translation>Application sent</translation>
    </message>
    <message>
        <source>You sent the application for your family. The IND checks it and sends you a letter that it has received it (ontvangstbevestiging).</source>
        <translation>You sent the application for your family. The IND checks it and sends you a letter that it has received it (ontvangstbevestiging).</translation>
    </message>
    <message>
        <source>Keep copies of everything you sent, and write down the date you sent it. Answer every IND letter on time.</source>
        <translation>Keep copies of everything you sent, and write down the date you sent it. Answer every IND letter on time.</translation>
    </message>
    <message>
        <source>Your family keeps their passports and papers safe and ready. The IND may ask for more papers, a DNA test or an interview.</source>
        <translation>Your family keeps their passports and papers safe and ready. The IND may ask for more papers, a DNA test or an interview.</translation>
    </message>
    <message>
        <source>Waiting for the IND</source>
        <translation>Waiting for the IND</translation>
    </message>
    <message>
        <source>The IND studies the application. It has 3 months to decide, and it may take 3 months more. Letters can come in this time: missing items, a DNA test or an interview.</source>
        <translation>The IND studies the application. It has 3 months to decide, and it may take 3 months more. Letters can come in this time: missing items, a DNA test or an interview.</translation>
    </message>
    <message>
        <source>Open every IND letter at once and look for the date by which you must answer. Do you not understand a letter? Samen can explain it, or show it to a volunteer.</source>
        <translation>Open every IND letter at once and look for the date by which you must answer. Do you not understand a letter? Samen can explain it, or show it to a volunteer.</translation>
    </message>
    <message>
        <source>Your family answers questions from the embassy or the IND quickly. If the IND asks for a DNA test or an interview, they go to the appointment at the embassy.</source>
        <translation>Your family answers questions from the embassy or the IND quickly. If the IND asks for a DNA test or an interview, they go to the appointment at the embassy.</translation>
    </message>
    <message>
        <source>The answer is yes</source>
        <translation>The answer is yes</translation>
    </message>
    <message>
        <source>The IND said yes. Your family can get the entry visa (mvv) at the Dutch embassy.</source>
        <translation>The IND said yes. Your family can get the entry visa (mvv) at the Dutch embassy.</translation>
    </message>
    <message>
        <source>Tell your family at once and send them a copy of the letter. Help them make an appointment at the embassy.</source>
        <translation>Tell your family at once and send them a copy of the letter. Help them make an appointment at the embassy.</translation>
    </message>
    <message>
        <source>Your family collects the mvv at the embassy within 3 months of the decision. They bring their passports.</source>
        <translation>Your family collects the mvv at the embassy within 3 months of the decision. They bring their passports.</translation>
    </message>
    <message>
        <source>The answer is no</source>
        <translation>The answer is no</translation>
    </message>
    <message>
        <source>The IND said no. This is hard news. You can object (bezwaar) within 4 weeks of the date on the letter.</source>
        <translation>The IND said no. This is hard news. You can object (bezwaar) within 4 weeks of the date on the letter.</translation>
    </message>
    <message>
        <source>Do not wait. Contact a lawyer or the Juridisch Loket this week. A lawyer can be free if your income is low.</source>
        <translation>Do not wait. Contact a lawyer or the Juridisch Loket this week. A lawyer can be free if your income is low.</translation>
    </message>
    <message>
        <source>Your family keeps all their papers. They may be needed for the objection.</source>
        <translation>Your family keeps all their papers. They may be needed for the objection.</translation>
    </message>
    <message>
        <source>Objection sent</source>
        <translation>Objection sent</translation>
    </message>
    <message>
        <source>You objected (bezwaar). The IND looks at its decision again. It has 19 weeks for this, and may take 6 weeks more.</source>
        <translation>You objected (bezwaar). The IND looks at its decision again. It has 19 weeks for this, and may take 6 weeks more.</translation>
    </message>
    <message>
        <source>Keep in touch with your lawyer. Give new papers to your lawyer as soon as you have them.</source>
        <translation>Keep in touch with your lawyer. Give new papers to your lawyer as soon as you have them.</translation>
    </message>
    <message>
        <source>Your family keeps their papers ready and answers questions quickly.</source>
        <translation>Your family keeps their papers ready and answers questions quickly.</translation>
    </message>
    <message>
        <source>Decision on the objection</source>
        <translation>Decision on the objection</translation>
    </message>
    <message>
        <source>The IND decided on your objection. If it still says no, you can ask a court to look at it (beroep) within 4 weeks.</source>
        <translation>The IND decided on your objection. If it still says no, you can ask a court to look at it (beroep) within 4 weeks.</translation>
    </message>
    <message>
        <source>Talk to your lawyer at once about going to court. In an urgent case the lawyer can ask the judge for a quick measure (voorlopige voorziening).</source>
        <translation>Talk to your lawyer at once about going to court. In an urgent case the lawyer can ask the judge for a quick measure (voorlopige voorziening).</translation>
    </message>
    <message>
        <source>Your family keeps their papers. Your lawyer will say if the court needs anything from them.</source>
        <translation>Your family keeps their papers. Your lawyer will say if the court needs anything from them.</translation>
    </message>
    <message>
        <source>The mvv is ready</source>
        <translation>The mvv is ready</translation>
    </message>
    <message>
        <source>Your family has the mvv, the entry visa in the passport. They must travel to the Netherlands within 90 days.</source>
        <translation>Your family has the mvv, the entry visa in the passport. They must travel to the Netherlands within 90 days.</translation>
    </message>
    <message>
        <source>Help your family book the journey. As soon as the ticket is booked, make the appointment at the IND in Zevenaar.</source>
        <translation>Help your family book the journey. As soon as the ticket is booked, make the appointment at the IND in Zevenaar.</translation>
    </message>
    <message>
        <source>Your family books tickets and travels before the mvv ends. They take their passports with the mvv.</source>
        <translation>Your family books tickets and travels before the mvv ends. They take their passports with the mvv.</translation>
    </message>
    <message>
        <source>Travelling</source>
        <translation>Travelling</translation>
    </message>
    <message>
        <source>Your family is on the way to the Netherlands with the mvv.</source>
        <translation>Your family is on the way to the Netherlands with the mvv.</translation>
    </message>
    <message>
        <source>Check that the appointment at the IND in Zevenaar is booked. Plan who meets your family when they arrive.</source>
        <translation>Check that the appointment at the IND in Zevenaar is booked. Plan who meets your family when they arrive.</translation>
    </message>
    <message>
        <source>Your family travels before the mvv ends and keeps their passports with them.</source>
        <translation>Your family travels before the mvv ends and keeps their passports with them.</translation>
    </message>
    <message>
        <source>Arrived in the Netherlands</source>
        <translation>Arrived in the Netherlands</translation>
    </message>
    <message>
        <source>Your family is here. Within 3 days they report to the IND in Zevenaar. There they get their residence permit and are registered in the BRP.</source>
        <translation>Your family is here. Within 3 days they report to the IND in Zevenaar. There they get their residence permit and are registered in the BRP.</translation>
    </message>
    <message>
        <source>Go with your family to the IND in Zevenaar. Within 2 weeks, visit the GP (huisarts) with them. The GGD asks them for a TB check.</source>
        <translation>Go with your family to the IND in Zevenaar. Within 2 weeks, visit the GP (huisarts) with them. The GGD asks them for a TB check.</translation>
    </message>
    <message>
        <source>Your family is no longer abroad. Keep the papers they brought in a safe place.</source>
        <translation>Your family is no longer abroad. Keep the papers they brought in a safe place.</translation>
    </message>
    <message>
        <source>Living together</source>
        <translation>Living together</translation>
    </message>
    <message>
        <source>Your family has a residence permit. It depends on yours. The family must live together with you.</source>
        <translation>Your family has a residence permit. It depends on yours. The family must live together with you.</translation>
    </message>
    <message>
        <source>Check that everyone is registered at your address with the municipality (gemeente) and with a GP. If you separate, you must tell the IND.</source>
        <translation>Check that everyone is registered at your address with the municipality (gemeente) and with a GP. If you separate, you must tell the IND.</translation>
    </message>
    <message>
        <source>Nobody needs to do anything abroad any more.</source>
        <translation>Nobody needs to do anything abroad any more.</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>The IND says it has received your application. The letter gives the date of your application, and may give the date by which the IND decides.</source>
        <translation>The IND says it has received your application. The letter gives the date of your application, and may give the date by which the IND decides.</translation>
    </message>
    <message>
        <source>Keep this letter and check the date of your application on it. You do not need to answer.</source>
        <translation>Keep this letter and check the date of your application on it. You do not need to answer.</translation>
    </message>
    <message>
        <source>Missing items</source>
        <translation>Missing items</translation>
    </message>
    <message>
        <source>The IND needs more papers or information before it can decide (herstel verzuim). The letter says what is missing.</source>
        <translation>The IND needs more papers or information before it can decide (herstel verzuim). The letter says what is missing.</translation>
    </message>
    <message>
        <source>Send what is missing before the date written in the letter. Can you not get something in time? Tell the IND before that date, and say why.</source>
        <translation>Send what is missing before the date written in the letter. Can you not get something in time? Tell the IND before that date, and say why.</translation>
    </message>
    <message>
        <source>If you do not answer in time, the IND can stop handling your application. If the 3 months for nareis have passed by then, your family can lose the nareis route.</source>
        <translation>If you do not answer in time, the IND can stop handling your application. If the 3 months for nareis have passed by then, your family can lose the nareis route.</translation>
    </message>
    <message>
        <source>DNA test or interview</source>
        <translation>DNA test or interview</translation>
    </message>
    <message>
        <source>The IND wants to check the family bond with a DNA test or an interview (identificerend gehoor) at a Dutch embassy.</source>
        <translation>The IND wants to check the family bond with a DNA test or an interview (identificerend gehoor) at a Dutch embassy.</translation>
    </message>
    <message>
        <source>Tell your family at once. They make the appointment at the embassy before the date written in the letter, and go to it.</source>
        <translation>Tell your family at once. They make the appointment at the embassy before the date written in the letter, and go to it.</translation>
    </message>
    <message>
        <source>If your family does not go, the IND can refuse the application.</source>
        <translation>If your family does not go, the IND can refuse the application.</translation>
    </message>
    <message>
        <source>Intention to refuse</source>
        <translation>Intention to refuse</translation>
    </message>
    <message>
        <source>The IND plans to say no (voornemen). It has not decided yet. You can first give your reaction (zienswijze).</source>
        <translation>The IND plans to say no (voornemen). It has not decided yet. You can first give your reaction (zienswijze).</translation>
    </message>
    <message>
        <source>Contact a lawyer or the Juridisch Loket at once. Send your reaction before the date written in the letter.</source>
        <translation>Contact a lawyer or the Juridisch Loket at once. Send your reaction before the date written in the letter.</translation>
    </message>
    <message>
        <source>If you do not react in time, the IND decides without your reaction.</source>
        <translation>If you do not react in time, the IND decides without your reaction.</translation>
    </message>
    <message>
        <source>Decision: yes</source>
        <translation>Decision: yes</translation>
    </message>
    <message>
        <source>The IND says yes to your application (beschikking). Your family can get the mvv at the Dutch embassy.</source>
        <translation>The IND says yes to your application (beschikking). Your family can get the mvv at the Dutch embassy.</translation>
    </message>
    <message>
        <source>Send a copy to your family. They must collect the mvv within 3 months of the date of this letter.</source>
        <translation>Send a copy to your family. They must collect the mvv within 3 months of the date of this letter.</translation>
    </message>
    <message>
        <source>Decision: no</source>
        <translation>Decision: no</translation>
    </message>
    <message>
        <source>The IND says no to your application (beschikking). The letter explains why.</source>
        <translation>The IND says no to your application (beschikking). The letter explains why.</translation>
    </message>
    <message>
        <source>Contact a lawyer or the Juridisch Loket this week. You can object (bezwaar) within 4 weeks of the date of this letter.</source>
        <translation>Contact a lawyer or the Juridisch Loket this week. You can object (bezwaar) within 4 weeks of the date of this letter.</translation>
    </message>
    <message>
        <source>After 4 weeks you can no longer object, and the no becomes final.</source>
        <translation>After 4 weeks you can no longer object, and the no becomes final.</translation>
    </message>
    <message>
        <source>Objection: you are right</source>
        <translation>Objection: you are right</translation>
    </message>
    <message>
        <source>The IND agrees with your objection (gegrond). The letter says what happens now: a yes, or a new decision.</source>
        <translation>The IND agrees with your objection (gegrond). The letter says what happens now: a yes, or a new decision.</translation>
    </message>
    <message>
        <source>Read the letter with your lawyer. If it is a yes, tell your family to collect the mvv.</source>
        <translation>Read the letter with your lawyer. If it is a yes, tell your family to collect the mvv.</translation>
    </message>
    <message>
        <source>Objection: still no</source>
        <translation>Objection: still no</translation>
    </message>
    <message>
        <source>The IND keeps its no after your objection (ongegrond).</source>
        <translation>The IND keeps its no after your objection (ongegrond).</translation>
    </message>
    <message>
        <source>Talk to your lawyer at once. You can go to court (beroep) within 4 weeks of the date of this letter.</source>
        <translation>Talk to your lawyer at once. You can go to court (beroep) within 4 weeks of the date of this letter.</translation>
    </message>
    <message>
        <source>After 4 weeks you can no longer go to court, and the no becomes final.</source>
        <translation>After 4 weeks you can no longer go to court, and the no becomes final.</translation>
    </message>
    <message>
        <source>mvv ready</source>
        <translation>mvv ready</translation>
    </message>
    <message>
        <source>Your family can collect the entry visa (mvv, machtiging tot voorlopig verblijf) at the Dutch embassy.</source>
        <translation>Your family can collect the entry visa (mvv, machtiging tot voorlopig verblijf) at the Dutch embassy.</translation>
    </message>
    <message>
        <source>Tell your family to make an appointment at the embassy. They must collect the mvv within 3 months of the decision.</source>
        <translation>Tell your family to make an appointment at the embassy. They must collect the mvv within 3 months of the decision.</translation>
    </message>
    <message>
        <source>Volunteers and staff help refugees with family reunification. They can explain IND letters and help with forms.</source>
        <translation>Volunteers and staff help refugees with family reunification. They can explain IND letters and help with forms.</translation>
    </message>
    <message>
        <source>Pays all or part of a lawyer when your income is low. Your lawyer or the Juridisch Loket arranges this.</source>
        <translation>Pays all or part of a lawyer when your income is low. Your lawyer or the Juridisch Loket arranges this.</translation>
    </message>
    <message>
        <source>The family doctor (GP). Your family visits the GP within 2 weeks of arrival. The GP can also help with stress and sleep problems, and can refer you to mental-health care.</source>
        <translation>The family doctor (GP). Your family visits the GP within 2 weeks of arrival. The GP can also help with stress and sleep problems, and can refer you to mental-health care.</translation>
    </message>
    <message>
        <source>The public health service. It does the TB check of your family after arrival.</source>
        <translation>The public health service. It does the TB check of your family after arrival.</translation>
    </message>
    <message>
        <source>The municipality registers your family in the BRP, and helps with housing and settling in.</source>
        <translation>The municipality registers your family in the BRP, and helps with housing and settling in.</translation>
    </message>
    <message>
        <source>The immigration service decides on the application. Its letters are in Dutch.</source>
        <translation>The immigration service decides on the application. Its letters are in Dutch.</translation>
    </message>
    <message>
        <source>Your family goes to the Dutch embassy for the DNA test or the interview, and to collect the mvv.</source>
        <translation>Your family goes to the Dutch embassy for the DNA test or the interview, and to collect the mvv.</translation>
    </message>
    <message>
        <source>A Dutch centre of knowledge on the health of refugees. The tips in Samen on waiting and on a refusal are based on its information.</source>
        <translation>A Dutch centre of knowledge on the health of refugees. The tips in Samen on waiting and on a refusal are based on its information.</translation>
    </message>
    <message>
        <source>The Dutch immigration service (Immigratie- en Naturalisatiedienst). It decides on your family&apos;s application.</source>
        <translation>The Dutch immigration service (Immigratie- en Naturalisatiedienst). It decides on your family&apos;s application.</translation>
    </message>
    <message>
        <source>Family reunification for refugees. It is free and has no income requirement, if you apply within 3 months.</source>
        <translation>Family reunification for refugees. It is free and has no income requirement, if you apply within 3 months.</translation>
    </message>
    <message>
        <source>The entry visa for the Netherlands (machtiging tot voorlopig verblijf). The embassy puts it in the passport.</source>
        <translation>The entry visa for the Netherlands (machtiging tot voorlopig verblijf). The embassy puts it in the passport.</translation>
    </message>
    <message>
        <source>The Dutch population register. Everyone who lives in the Netherlands is registered in it.</source>
        <translation>The Dutch population register. Everyone who lives in the Netherlands is registered in it.</translation>
    </message>
    <message>
        <source>An official decision of the IND, on paper.</source>
        <translation>An official decision of the IND, on paper.</translation>
    </message>
    <message>
        <source>A letter that something is missing from your application, with a date by which to send it.</source>
        <translation>A letter that something is missing from your application, with a date by which to send it.</translation>
    </message>
    <message>
        <source>The IND plans to say no, but has not decided yet.</source>
        <translation>The IND plans to say no, but has not decided yet.</translation>
    </message>
    <message>
        <source>Your written reaction to a voornemen.</source>
        <translation>Your written reaction to a voornemen.</translation>
    </message>
    <message>
        <source>An objection: you ask the IND to look at its decision again.</source>
        <translation>An objection: you ask the IND to look at its decision again.</translation>
    </message>
    <message>
        <source>An appeal: you ask a court to look at the decision.</source>
        <translation>An appeal: you ask a court to look at the decision.</translation>
    </message>
    <message>
        <source>A quick measure a judge can take in an urgent case, while the appeal is running.</source>
        <translation>A quick measure a judge can take in an urgent case, while the appeal is running.</translation>
    </message>
    <message>
        <source>A letter to the IND saying it is late with its decision.</source>
        <translation>A letter to the IND saying it is late with its decision.</translation>
    </message>
    <message>
        <source>The time the IND has to decide.</source>
        <translation>The time the IND has to decide.</translation>
    </message>
    <message>
        <source>A letter that the IND has received your application.</source>
        <translation>A letter that the IND has received your application.</translation>
    </message>
    <message>
        <source>The fee for an application. Nareis has no fee; the regular route has one.</source>
        <translation>The fee for an application. Nareis has no fee; the regular route has one.</translation>
    </message>
    <message>
        <source>An official stamp that shows a paper from abroad is real.</source>
        <translation>An official stamp that shows a paper from abroad is real.</translation>
    </message>
    <message>
        <source>A sworn translator. Papers that are not in Dutch, English, French or German need a translation by a sworn translator.</source>
        <translation>A sworn translator. Papers that are not in Dutch, English, French or German need a translation by a sworn translator.</translation>
    </message>
    <message>
        <source>The person in the Netherlands who asks for the family to come: you.</source>
        <translation>The person in the Netherlands who asks for the family to come: you.</translation>
    </message>
    <message>
        <source>Refugee status.</source>
        <translation>Refugee status.</translation>
    </message>
    <message>
        <source>Subsidiary protection.</source>
        <translation>Subsidiary protection.</translation>
    </message>
    <message>
        <source>A child who came to the Netherlands alone, without father or mother.</source>
        <translation>A child who came to the Netherlands alone, without father or mother.</translation>
    </message>
    <message>
        <source>The town where family members report to the IND after arrival.</source>
        <translation>The town where family members report to the IND after arrival.</translation>
    </message>
    <message>
        <source>The regular route for family reunification. It has a fee and asks for an income, among other things.</source>
        <translation>The regular route for family reunification. It has a fee and asks for an income, among other things.</translation>
    </message>
    <message>
        <source>The civic integration exam abroad. The regular route asks for it; nareis does not.</source>
        <translation>The civic integration exam abroad. The regular route asks for it; nareis does not.</translation>
    </message>
    <message>
        <source>A DNA test to show a family bond.</source>
        <translation>A DNA test to show a family bond.</translation>
    </message>
    <message>
        <source>An interview at the embassy about who someone is and about the family bond.</source>
        <translation>An interview at the embassy about who someone is and about the family bond.</translation>
    </message>
    <message>
        <source>The public health service in your region.</source>
        <translation>The public health service in your region.</translation>
    </message>
    <message>
        <source>A check for tuberculosis (TB) after arrival.</source>
        <translation>A check for tuberculosis (TB) after arrival.</translation>
    </message>
    <message>
        <source>The family doctor (GP).</source>
        <translation>The family doctor (GP).</translation>
    </message>
    <message>
        <source>The family members must live together with you.</source>
        <translation>The family members must live together with you.</translation>
    </message>
    <message>
        <source>An organisation that helps refugees.</source>
        <translation>An organisation that helps refugees.</translation>
    </message>
    <message>
        <source>The Afghan identity card.</source>
        <translation>The Afghan identity card.</translation>
    </message>
    <message>
        <source>The Islamic marriage certificate (Afghanistan).</source>
        <translation>The Islamic marriage certificate (Afghanistan).</translation>
    </message>
    <message>
        <source>The nareis application itself has no fee (leges).</source>
        <translation>The nareis application itself has no fee (leges).</translation>
    </message>
    <message>
        <source>A sworn translator charges for each translation. The price differs per translator, so ask first.</source>
        <translation>A sworn translator charges for each translation. The price differs per translator, so ask first.</translation>
    </message>
    <message>
        <source>Legalisation can cost money in the country of the papers and at the embassy. The price differs per country. It is not sure that the IND asks for it for nareis.</source>
        <translation>Legalisation can cost money in the country of the papers and at the embassy. The price differs per country. It is not sure that the IND asks for it for nareis.</translation>
    </message>
    <message>
        <source>Passports cost money. The price differs per country.</source>
        <translation>Passports cost money. The price differs per country.</translation>
    </message>
    <message>
        <source>A DNA test can cost money. Ask the IND or the embassy who pays and how much.</source>
        <translation>A DNA test can cost money. Ask the IND or the embassy who pays and how much.</translation>
    </message>
    <message>
        <source>The journey to the Netherlands costs money. Prices differ. Ask VluchtelingenWerk if you need help.</source>
        <translation>The journey to the Netherlands costs money. Prices differ. Ask VluchtelingenWerk if you need help.</translation>
    </message>
    <message>
        <source>The regular route has a fee (leges) for each application. The amount is on the IND website.</source>
        <translation>The regular route has a fee (leges) for each application. The amount is on the IND website.</translation>
    </message>
    <message>
        <source>The wait is long</source>
        <translation>The wait is long</translation>
    </message>
    <message>
        <source>The wait can take many months, and nobody can tell you exactly how long. Many families find this very hard. Your feelings are normal.</source>
        <translation>The wait can take many months, and nobody can tell you exactly how long. Many families find this very hard. Your feelings are normal.</translation>
    </message>
    <message>
        <source>Talking with your family</source>
        <translation>Talking with your family</translation>
    </message>
    <message>
        <source>Tell your family what you know, and also what you do not know yet. Agree when you will talk. That makes the waiting a little easier for both sides.</source>
        <translation>Tell your family what you know, and also what you do not know yet. Agree when you will talk. That makes the waiting a little easier for both sides.</translation>
    </message>
    <message>
        <source>Pressure and money</source>
        <translation>Pressure and money</translation>
    </message>
    <message>
        <source>Family abroad may ask for money, or ask why it takes so long. It is not your fault. Say honestly what you can and cannot do. VluchtelingenWerk can help you think it through.</source>
        <translation>Family abroad may ask for money, or ask why it takes so long. It is not your fault. Say honestly what you can and cannot do. VluchtelingenWerk can help you think it through.</translation>
    </message>
    <message>
        <source>Stress and sleep</source>
        <translation>Stress and sleep</translation>
    </message>
    <message>
        <source>Worry, stress and bad sleep are common while you wait. Talk to someone you trust. Your GP (huisarts) can help, and can refer you to mental-health care.</source>
        <translation>Worry, stress and bad sleep are common while you wait. Talk to someone you trust. Your GP (huisarts) can help, and can refer you to mental-health care.</translation>
    </message>
    <message>
        <source>A no is hard</source>
        <translation>A no is hard</translation>
    </message>
    <message>
        <source>A no is very hard news, for you and for your family. Take time, and do not stay alone with it. Talk to someone you trust.</source>
        <translation>A no is very hard news, for you and for your family. Take time, and do not stay alone with it. Talk to someone you trust.</translation>
    </message>
    <message>
        <source>You can object</source>
        <translation>You can object</translation>
    </message>
    <message>
        <source>A no is not always the end. You can object (bezwaar) within 4 weeks. Contact a lawyer or the Juridisch Loket this week.</source>
        <translation>A no is not always the end. You can object (bezwaar) within 4 weeks. Contact a lawyer or the Juridisch Loket this week.</translation>
    </message>
    <message>
        <source>A lawyer can be free</source>
        <translation>A lawyer can be free</translation>
    </message>
    <message>
        <source>If your income is low, the costs of a lawyer are paid in full or in part. Ask the Juridisch Loket.</source>
        <translation>If your income is low, the costs of a lawyer are paid in full or in part. Ask the Juridisch Loket.</translation>
    </message>
    <message>
        <source>After the objection</source>
        <translation>After the objection</translation>
    </message>
    <message>
        <source>If the IND still says no after your objection, you can go to court (beroep) within 4 weeks. Your lawyer does this for you.</source>
        <translation>If the IND still says no after your objection, you can go to court (beroep) within 4 weeks. Your lawyer does this for you.</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Keep going</translation>
    </message>
    <message>
        <source>Go on with school, work and Dutch lessons while you wait. It helps you now, and it helps your family when they come.</source>
        <translation>Go on with school, work and Dutch lessons while you wait. It helps you now, and it helps your family when they come.</translation>
    </message>
    <message>
        <source>Legal advice: free at their offices; by phone it costs 25 cents a minute. They can refer you to a lawyer.</source>
        <translation>Legal advice: free at their offices; by phone it costs 25 cents a minute. They can refer you to a lawyer.</translation>
    </message>
    <message>
        <source>The nuclear family: husband or wife by a registered marriage, and children under 18.</source>
        <translation>The nuclear family: husband or wife by a registered marriage, and children under 18.</translation>
    </message>
    <message>
        <source>Legal advice, free at their offices.</source>
        <translation>Legal advice, free at their offices.</translation>
    </message>
</context>
<context>
    <name>KeptLetterCard</name>
    <message>
        <source>The letter you kept</source>
        <translation>The letter you kept</translation>
    </message>
    <message>
        <source>Letter of %1, kept on %2</source>
        <translation>Letter of %1, kept on %2</translation>
    </message>
    <message>
        <source>Kept on %1</source>
        <translation>Kept on %1</translation>
    </message>
    <message>
        <source>Show the photo of the letter on the whole screen</source>
        <translation>Show the photo of the letter on the whole screen</translation>
    </message>
    <message>
        <source>The text Samen read in the letter (in Dutch, maybe with mistakes):</source>
        <translation>The text Samen read in the letter (in Dutch, maybe with mistakes):</translation>
    </message>
    <message>
        <source>Delete the photo and text</source>
        <translation>Delete the photo and text</translation>
    </message>
    <message>
        <source>Delete the photo and the text of this letter from this phone? You cannot undo this. The dates you saved stay.</source>
        <translation>Delete the photo and the text of this letter from this phone? You cannot undo this. The dates you saved stay.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Photo of the letter</source>
        <translation>Photo of the letter</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Kit</name>
    <message>
        <source>For %1</source>
        <translation>For %1</translation>
    </message>
    <message>
        <source>Family reunification in the Netherlands: what you need to know</source>
        <translation>Family reunification in the Netherlands: what you need to know</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Name in the passport (Latin letters)</source>
        <translation>Name in the passport (Latin letters)</translation>
    </message>
    <message>
        <source>What to bring to the embassy</source>
        <translation>What to bring to the embassy</translation>
    </message>
    <message>
        <source>Dates to keep</source>
        <translation>Dates to keep</translation>
    </message>
    <message>
        <source>Appointment at the embassy</source>
        <translation>Appointment at the embassy</translation>
    </message>
    <message>
        <source>The embassy gives you this date. Write it here:</source>
        <translation>The embassy gives you this date. Write it here:</translation>
    </message>
    <message>
        <source>Not known yet. It is counted from this step: %1.</source>
        <translation>Not known yet. It is counted from this step: %1.</translation>
    </message>
    <message>
        <source>%1 (done)</source>
        <translation>%1 (done)</translation>
    </message>
    <message>
        <source>The DNA test or the interview</source>
        <translation>The DNA test or the interview</translation>
    </message>
    <message>
        <source>Made with the Samen app on %1. Check every date in the letters from the IND and the embassy.</source>
        <translation>Made with the Samen app on %1. Check every date in the letters from the IND and the embassy.</translation>
    </message>
</context>
<context>
    <name>KitController</name>
    <message>
        <source>Open Samen with your PIN first.</source>
        <translation>Open Samen with your PIN first.</translation>
    </message>
    <message>
        <source>Send the PDF with</source>
        <translation>Send the PDF with</translation>
    </message>
    <message>
        <source>No app to send it with could be opened. Save it as a PDF instead.</source>
        <translation>No app to send it with could be opened. Save it as a PDF instead.</translation>
    </message>
</context>
<context>
    <name>KitPage</name>
    <message>
        <source>Kit for %1</source>
        <translation>Kit for %1</translation>
    </message>
    <message>
        <source>Kit for the family</source>
        <translation>Kit for the family</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Where do you want to save the PDF?</source>
        <translation>Where do you want to save the PDF?</translation>
    </message>
    <message>
        <source>This person is no longer in the family list.</source>
        <translation>This person is no longer in the family list.</translation>
    </message>
    <message>
        <source>A page for this family member, in the language they read: their name, the papers for the embassy and the dates to keep.</source>
        <translation>A page for this family member, in the language they read: their name, the papers for the embassy and the dates to keep.</translation>
    </message>
    <message>
        <source>Language of the kit</source>
        <translation>Language of the kit</translation>
    </message>
    <message>
        <source>What the file will hold</source>
        <translation>What the file will hold</translation>
    </message>
    <message>
        <source>This is exactly what the PDF will hold. Only this person&apos;s details are in it.</source>
        <translation>This is exactly what the PDF will hold. Only this person&apos;s details are in it.</translation>
    </message>
    <message>
        <source>The PDF file is not locked with your PIN. Anyone who has the file can read it. Save it only where you choose, and delete it when you do not need it any more.</source>
        <translation>The PDF file is not locked with your PIN. Anyone who has the file can read it. Save it only where you choose, and delete it when you do not need it any more.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>The PDF is saved.</source>
        <translation>The PDF is saved.</translation>
    </message>
    <message>
        <source>The PDF file is not locked with your PIN. Anyone who has the file can read it. Send it only to the person it is for, save it only where you choose, and delete it when you do not need it any more.</source>
        <translation>The PDF file is not locked with your PIN. Anyone who has the file can read it. Send it only to the person it is for, save it only where you choose, and delete it when you do not need it any more.</translation>
    </message>
    <message>
        <source>Send the PDF</source>
        <translation>Send the PDF</translation>
    </message>
</context>
<context>
    <name>KitView</name>
    <message>
        <source>The language could not be saved.</source>
        <translation>The language could not be saved.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Choose your language</source>
        <translation>Choose your language</translation>
    </message>
    <message>
        <source>Tap your language. You can change it later in Settings.</source>
        <translation>Tap your language. You can change it later in Settings.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
</context>
<context>
    <name>LetterChoice</name>
    <message>
        <source>Chosen</source>
        <translation>Chosen</translation>
    </message>
</context>
<context>
    <name>LetterPage</name>
    <message>
        <source>What to do</source>
        <translation>What to do</translation>
    </message>
    <message>
        <source>Its date starts: %1</source>
        <translation>Its date starts: %1</translation>
    </message>
    <message>
        <source>Enter the dates of this letter</source>
        <translation>Enter the dates of this letter</translation>
    </message>
    <message>
        <source>Date of the letter</source>
        <translation>Date of the letter</translation>
    </message>
    <message>
        <source>The date at the top of the letter, next to the word &quot;Datum&quot;.</source>
        <translation>The date at the top of the letter, next to the word &quot;Datum&quot;.</translation>
    </message>
    <message>
        <source>The IND decides before</source>
        <translation>The IND decides before</translation>
    </message>
    <message>
        <source>Answer before</source>
        <translation>Answer before</translation>
    </message>
    <message>
        <source>The letter says before which day the IND decides. Enter that day.</source>
        <translation>The letter says before which day the IND decides. Enter that day.</translation>
    </message>
    <message>
        <source>The letter says before which day the IND wants your answer. Enter that day.</source>
        <translation>The letter says before which day the IND wants your answer. Enter that day.</translation>
    </message>
    <message>
        <source>Saved. Samen reminds you before the date.</source>
        <translation>Saved. Samen reminds you before the date.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>See the steps</source>
        <translation>See the steps</translation>
    </message>
    <message>
        <source>See all dates</source>
        <translation>See all dates</translation>
    </message>
    <message>
        <source>Dates to keep:</source>
        <translation>Dates to keep:</translation>
    </message>
    <message>
        <source>Keep the photo and text of this letter</source>
        <translation>Keep the photo and text of this letter</translation>
    </message>
    <message>
        <source>Off unless you turn it on. Samen then keeps the photo and the text it read only on this phone, locked with your PIN, and shows them on this letter&apos;s page. You can delete them there.</source>
        <translation>Off unless you turn it on. Samen then keeps the photo and the text it read only on this phone, locked with your PIN, and shows them on this letter&apos;s page. You can delete them there.</translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message>
        <source>A letter from the IND came</source>
        <translation>A letter from the IND came</translation>
    </message>
    <message>
        <source>First answer the questions about your family. Then you can follow each step here.</source>
        <translation>First answer the questions about your family. Then you can follow each step here.</translation>
    </message>
    <message>
        <source>Start the questions</source>
        <translation>Start the questions</translation>
    </message>
    <message>
        <source>For whom is the letter?</source>
        <translation>For whom is the letter?</translation>
    </message>
    <message>
        <source>The letter is about everyone in this application</source>
        <translation>The letter is about everyone in this application</translation>
    </message>
    <message>
        <source>Which letter is it?</source>
        <translation>Which letter is it?</translation>
    </message>
    <message>
        <source>Look at the Dutch words at the top of the letter. Choose the same words below.</source>
        <translation>Look at the Dutch words at the top of the letter. Choose the same words below.</translation>
    </message>
    <message>
        <source>Not in the list? Add the date the letter asks you to answer by.</source>
        <translation>Not in the list? Add the date the letter asks you to answer by.</translation>
    </message>
    <message>
        <source>Add a date from an IND letter</source>
        <translation>Add a date from an IND letter</translation>
    </message>
    <message>
        <source>Let Samen read it</source>
        <translation>Let Samen read it</translation>
    </message>
    <message>
        <source>Take a photo of the letter or choose its file. Samen reads it on this phone and tells you which letter it is and by when you must act.</source>
        <translation>Take a photo of the letter or choose its file. Samen reads it on this phone and tells you which letter it is and by when you must act.</translation>
    </message>
    <message>
        <source>Let Samen read the letter</source>
        <translation>Let Samen read the letter</translation>
    </message>
</context>
<context>
    <name>MemberPage</name>
    <message>
        <source>Family member</source>
        <translation>Family member</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Name in your own language</source>
        <translation>Name in your own language</translation>
    </message>
    <message>
        <source>Name in Latin letters, exactly as in the passport</source>
        <translation>Name in Latin letters, exactly as in the passport</translation>
    </message>
    <message>
        <source>Suggest Latin letters</source>
        <translation>Suggest Latin letters</translation>
    </message>
    <message>
        <source>The suggestion is only a guess. Change it so that it is exactly as in the passport.</source>
        <translation>The suggestion is only a guess. Change it so that it is exactly as in the passport.</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>Papers</translation>
    </message>
    <message>
        <source>%1, with photos or files</source>
        <translation>%1, with photos or files</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Remove this person</source>
        <translation>Remove this person</translation>
    </message>
    <message>
        <source>Yes, remove this person</source>
        <translation>Yes, remove this person</translation>
    </message>
    <message>
        <source>Dates and progress of the application</source>
        <translation>Dates and progress of the application</translation>
    </message>
    <message>
        <source>Earlier answers (before the rules changed):</source>
        <translation>Earlier answers (before the rules changed):</translation>
    </message>
    <message numerus="yes">
        <source>This deletes this person with their answers, papers, dates and reminders, and %Ln photo(s) or file(s) of their papers. You cannot undo this.</source>
        <translation>
            <numerusform>This deletes this person with their answers, papers, dates and reminders, and %Ln photo or file of their papers. You cannot undo this.</numerusform>
            <numerusform>This deletes this person with their answers, papers, dates and reminders, and %Ln photos or files of their papers. You cannot undo this.</numerusform>
        </translation>
    </message>
    <message>
        <source>This deletes this person with their answers, papers, dates and reminders. You cannot undo this.</source>
        <translation>This deletes this person with their answers, papers, dates and reminders. You cannot undo this.</translation>
    </message>
    <message numerus="yes">
        <source>Remove this person and %Ln photo(s)</source>
        <translation>
            <numerusform>Remove this person and %Ln photo</numerusform>
            <numerusform>Remove this person and %Ln photos</numerusform>
        </translation>
    </message>
    <message>
        <source>This person is no longer in the family list.</source>
        <translation>This person is no longer in the family list.</translation>
    </message>
    <message>
        <source>Kit for %1</source>
        <translation>Kit for %1</translation>
    </message>
</context>
<context>
    <name>NoVoiceNote</name>
    <message>
        <source>This phone has no voice that can read your language aloud.</source>
        <translation>This phone has no voice that can read your language aloud.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>NoteField</name>
    <message>
        <source>Write a note for yourself</source>
        <translation>Write a note for yourself</translation>
    </message>
</context>
<context>
    <name>OwnNameCard</name>
    <message>
        <source>You: %1</source>
        <translation>You: %1</translation>
    </message>
    <message>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <source>Your name in your own language (you may leave it empty). A helper sees it on the summary.</source>
        <translation>Your name in your own language (you may leave it empty). A helper sees it on the summary.</translation>
    </message>
    <message>
        <source>Your name in Latin letters, as on your residence permit</source>
        <translation>Your name in Latin letters, as on your residence permit</translation>
    </message>
</context>
<context>
    <name>PageTile</name>
    <message>
        <source>Look at page %1</source>
        <translation>Look at page %1</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>Added on %1</source>
        <translation>Added on %1</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Look</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>PhaseCard</name>
    <message>
        <source>Where you are now</source>
        <translation>Where you are now</translation>
    </message>
    <message>
        <source>What you can do now</source>
        <translation>What you can do now</translation>
    </message>
    <message>
        <source>What your family abroad does</source>
        <translation>What your family abroad does</translation>
    </message>
</context>
<context>
    <name>PhaseGroup</name>
    <message>
        <source>Next step: %1</source>
        <translation>Next step: %1</translation>
    </message>
    <message>
        <source>See the steps</source>
        <translation>See the steps</translation>
    </message>
</context>
<context>
    <name>PhaseTexts</name>
    <message numerus="yes">
        <source>%Ln year(s)</source>
        <translation>
            <numerusform>%Ln year(s)</numerusform>
            <numerusform>%Ln year(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s)</source>
        <translation>
            <numerusform>%Ln month(s)</numerusform>
            <numerusform>%Ln month(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln week(s)</source>
        <translation>
            <numerusform>%Ln week(s)</numerusform>
            <numerusform>%Ln week(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day(s)</numerusform>
            <numerusform>%Ln day(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Usually up to %1.</source>
        <translation>Usually up to %1.</translation>
    </message>
    <message>
        <source>It can take %1 longer.</source>
        <translation>It can take %1 longer.</translation>
    </message>
    <message>
        <source>Application not sent yet</source>
        <translation>Application not sent yet</translation>
    </message>
</context>
<context>
    <name>PhotoCheck</name>
    <message>
        <source>The photo is blurred. Hold the phone still and take it again.</source>
        <translation>The photo is blurred. Hold the phone still and take it again.</translation>
    </message>
    <message>
        <source>A light shines on the paper and hides part of it. Move the paper or the light and take the photo again.</source>
        <translation>A light shines on the paper and hides part of it. Move the paper or the light and take the photo again.</translation>
    </message>
    <message>
        <source>The photo is too dark. Take it again in more light.</source>
        <translation>The photo is too dark. Take it again in more light.</translation>
    </message>
    <message>
        <source>Part of the paper is cut off. Take the photo again with all four corners of the paper in it.</source>
        <translation>Part of the paper is cut off. Take the photo again with all four corners of the paper in it.</translation>
    </message>
</context>
<context>
    <name>PhotoCheckPage</name>
    <message>
        <source>Check the photo</source>
        <translation>Check the photo</translation>
    </message>
    <message>
        <source>There is no photo to check.</source>
        <translation>There is no photo to check.</translation>
    </message>
    <message>
        <source>Making the page straight. This can take a moment.</source>
        <translation>Making the page straight. This can take a moment.</translation>
    </message>
    <message>
        <source>Checking the photo. This can take a moment.</source>
        <translation>Checking the photo. This can take a moment.</translation>
    </message>
    <message>
        <source>The photo looks clear.</source>
        <translation>The photo looks clear.</translation>
    </message>
    <message>
        <source>Check the four round marks. Each must be on a corner of the paper. If one is not, drag it there.</source>
        <translation>Check the four round marks. Each must be on a corner of the paper. If one is not, drag it there.</translation>
    </message>
    <message>
        <source>Samen could not find the edges of the paper. Drag the four round marks to the corners of the paper.</source>
        <translation>Samen could not find the edges of the paper. Drag the four round marks to the corners of the paper.</translation>
    </message>
    <message>
        <source>The photo</source>
        <translation>The photo</translation>
    </message>
    <message>
        <source>Top left corner of the paper</source>
        <translation>Top left corner of the paper</translation>
    </message>
    <message>
        <source>Top right corner of the paper</source>
        <translation>Top right corner of the paper</translation>
    </message>
    <message>
        <source>Bottom right corner of the paper</source>
        <translation>Bottom right corner of the paper</translation>
    </message>
    <message>
        <source>Bottom left corner of the paper</source>
        <translation>Bottom left corner of the paper</translation>
    </message>
    <message>
        <source>Take again</source>
        <translation>Take again</translation>
    </message>
    <message>
        <source>Use this photo</source>
        <translation>Use this photo</translation>
    </message>
    <message>
        <source>The arrow keys move this mark.</source>
        <translation>The arrow keys move this mark.</translation>
    </message>
</context>
<context>
    <name>ReadDateCheck</name>
    <message>
        <source>Samen read this in the letter: &quot;%1&quot;. Check the date against the paper, then save.</source>
        <translation>Samen read this in the letter: &quot;%1&quot;. Check the date against the paper, then save.</translation>
    </message>
</context>
<context>
    <name>ReaderFoundDate</name>
    <message>
        <source>From the words in the letter: &quot;%1&quot;</source>
        <translation>From the words in the letter: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>This day has already passed. Ask a helper today what you can still do.</source>
        <translation>This day has already passed. Ask a helper today what you can still do.</translation>
    </message>
</context>
<context>
    <name>ReaderPage</name>
    <message>
        <source>Let Samen read the letter</source>
        <translation>Let Samen read the letter</translation>
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
        <source>Choose a photo or a PDF file of the letter</source>
        <translation>Choose a photo or a PDF file of the letter</translation>
    </message>
    <message>
        <source>Photos and PDF files</source>
        <translation>Photos and PDF files</translation>
    </message>
    <message>
        <source>Samen reads the letter on this phone. Nothing is sent anywhere, and nothing is saved unless you choose to.</source>
        <translation>Samen reads the letter on this phone. Nothing is sent anywhere, and nothing is saved unless you choose to.</translation>
    </message>
    <message>
        <source>Put the letter flat on a table, in good light. The whole first page must be in the photo.</source>
        <translation>Put the letter flat on a table, in good light. The whole first page must be in the photo.</translation>
    </message>
    <message>
        <source>Take a photo of the letter</source>
        <translation>Take a photo of the letter</translation>
    </message>
    <message>
        <source>Choose a photo or PDF of the letter</source>
        <translation>Choose a photo or PDF of the letter</translation>
    </message>
    <message>
        <source>Choose the letter from the list yourself</source>
        <translation>Choose the letter from the list yourself</translation>
    </message>
    <message>
        <source>Samen is reading the letter. This can take up to a minute.</source>
        <translation>Samen is reading the letter. This can take up to a minute.</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Stop reading</translation>
    </message>
    <message>
        <source>This does not look like an IND letter.</source>
        <translation>This does not look like an IND letter.</translation>
    </message>
    <message>
        <source>Maybe the photo is not sharp, or this is another kind of letter. You can try another photo, or choose the letter from the list by the Dutch words at its top.</source>
        <translation>Maybe the photo is not sharp, or this is another kind of letter. You can try another photo, or choose the letter from the list by the Dutch words at its top.</translation>
    </message>
    <message>
        <source>Try another photo or file</source>
        <translation>Try another photo or file</translation>
    </message>
    <message>
        <source>Samen read the letter. Check what it found against the paper before you continue.</source>
        <translation>Samen read the letter. Check what it found against the paper before you continue.</translation>
    </message>
    <message>
        <source>Samen is not sure about this letter. Check everything below against the paper.</source>
        <translation>Samen is not sure about this letter. Check everything below against the paper.</translation>
    </message>
    <message>
        <source>Which letter it seems to be</source>
        <translation>Which letter it seems to be</translation>
    </message>
    <message>
        <source>Which of these is it?</source>
        <translation>Which of these is it?</translation>
    </message>
    <message>
        <source>Samen could not tell these letters apart. Look for these Dutch words in the letter and choose.</source>
        <translation>Samen could not tell these letters apart. Look for these Dutch words in the letter and choose.</translation>
    </message>
    <message>
        <source>Date of the letter</source>
        <translation>Date of the letter</translation>
    </message>
    <message>
        <source>Samen did not find the date of the letter. You can enter it on the next page.</source>
        <translation>Samen did not find the date of the letter. You can enter it on the next page.</translation>
    </message>
    <message>
        <source>Answer before</source>
        <translation>Answer before</translation>
    </message>
    <message>
        <source>Samen did not find a day to answer by. Look in the letter for words like &quot;binnen&quot; and a date.</source>
        <translation>Samen did not find a day to answer by. Look in the letter for words like &quot;binnen&quot; and a date.</translation>
    </message>
    <message>
        <source>The IND decides before</source>
        <translation>The IND decides before</translation>
    </message>
    <message>
        <source>V-number: %1</source>
        <translation>V-number: %1</translation>
    </message>
    <message>
        <source>Continue: check the dates and save</source>
        <translation>Continue: check the dates and save</translation>
    </message>
    <message>
        <source>It is another letter: choose from the list</source>
        <translation>It is another letter: choose from the list</translation>
    </message>
    <message>
        <source>Read another photo or file</source>
        <translation>Read another photo or file</translation>
    </message>
</context>
<context>
    <name>ReadingTexts</name>
    <message>
        <source>This file is empty. Choose another photo or file of the letter.</source>
        <translation>This file is empty. Choose another photo or file of the letter.</translation>
    </message>
    <message>
        <source>This file is too large to read. Take a new photo of the letter, or choose a smaller file.</source>
        <translation>This file is too large to read. Take a new photo of the letter, or choose a smaller file.</translation>
    </message>
    <message>
        <source>Samen can read photos (JPEG, PNG) and PDF files. Choose a photo or a PDF of the letter.</source>
        <translation>Samen can read photos (JPEG, PNG) and PDF files. Choose a photo or a PDF of the letter.</translation>
    </message>
    <message>
        <source>This PDF has too many pages to be one letter. Choose the PDF of one letter.</source>
        <translation>This PDF has too many pages to be one letter. Choose the PDF of one letter.</translation>
    </message>
    <message>
        <source>The letter reader is missing from this installation of Samen. Choose the letter from the list yourself.</source>
        <translation>The letter reader is missing from this installation of Samen. Choose the letter from the list yourself.</translation>
    </message>
    <message>
        <source>This file cannot be read. Take a new photo of the letter, or choose another file.</source>
        <translation>This file cannot be read. Take a new photo of the letter, or choose another file.</translation>
    </message>
    <message>
        <source>Samen could not find which letter this is.</source>
        <translation>Samen could not find which letter this is.</translation>
    </message>
    <message>
        <source>The letter has words of two kinds of letters.</source>
        <translation>The letter has words of two kinds of letters.</translation>
    </message>
    <message>
        <source>Samen could not read whether the objection was accepted or not.</source>
        <translation>Samen could not read whether the objection was accepted or not.</translation>
    </message>
    <message>
        <source>Samen did not find the date of the letter.</source>
        <translation>Samen did not find the date of the letter.</translation>
    </message>
    <message>
        <source>The letter has more than one date that could be meant.</source>
        <translation>The letter has more than one date that could be meant.</translation>
    </message>
    <message>
        <source>The date of the letter is long ago. Check that Samen read it right.</source>
        <translation>The date of the letter is long ago. Check that Samen read it right.</translation>
    </message>
    <message>
        <source>The date of the letter is after today. Check that Samen read it right.</source>
        <translation>The date of the letter is after today. Check that Samen read it right.</translation>
    </message>
    <message>
        <source>A date in the letter was hard to read.</source>
        <translation>A date in the letter was hard to read.</translation>
    </message>
    <message>
        <source>Samen did not find by when you must answer.</source>
        <translation>Samen did not find by when you must answer.</translation>
    </message>
    <message>
        <source>The letter gives a period, but Samen is not sure from which day it counts.</source>
        <translation>The letter gives a period, but Samen is not sure from which day it counts.</translation>
    </message>
    <message>
        <source>A date Samen read is before the date of the letter. Check it against the paper.</source>
        <translation>A date Samen read is before the date of the letter. Check it against the paper.</translation>
    </message>
    <message>
        <source>The day to answer by is far away. Check that Samen read it right.</source>
        <translation>The day to answer by is far away. Check that Samen read it right.</translation>
    </message>
    <message>
        <source>The V-number was hard to read.</source>
        <translation>The V-number was hard to read.</translation>
    </message>
    <message>
        <source>The photo was hard to read. A sharper photo in good light helps.</source>
        <translation>The photo was hard to read. A sharper photo in good light helps.</translation>
    </message>
    <message>
        <source>Samen is not sure about part of this letter.</source>
        <translation>Samen is not sure about part of this letter.</translation>
    </message>
    <message>
        <source>Samen did not find the day by which the IND decides.</source>
        <translation>Samen did not find the day by which the IND decides.</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Family reunification application</source>
        <translation>Family reunification application</translation>
    </message>
    <message>
        <source>IND decision</source>
        <translation>IND decision</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Objection</translation>
    </message>
    <message>
        <source>Collect the mvv</source>
        <translation>Collect the mvv</translation>
    </message>
    <message>
        <source>Travel with the mvv</source>
        <translation>Travel with the mvv</translation>
    </message>
    <message>
        <source>First visit to the GP</source>
        <translation>First visit to the GP</translation>
    </message>
    <message>
        <source>Answer to an IND letter</source>
        <translation>Answer to an IND letter</translation>
    </message>
    <message>
        <source>You have a date to check.</source>
        <translation>You have a date to check.</translation>
    </message>
    <message>
        <source>%1: today.</source>
        <translation>%1: today.</translation>
    </message>
    <message>
        <source>%1: today, %2.</source>
        <translation>%1: today, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n days left.</source>
        <translation>
            <numerusform>%1: %n day left.</numerusform>
            <numerusform>%1: %n days left.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n days left, until %2.</source>
        <translation>
            <numerusform>%1: %n day left, until %2.</numerusform>
            <numerusform>%1: %n days left, until %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Samen: a date to check</source>
        <translation>Samen: a date to check</translation>
    </message>
    <message>
        <source>End of the waiting time</source>
        <translation>End of the waiting time</translation>
    </message>
</context>
<context>
    <name>RestorePage</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>Choose the backup file</translation>
    </message>
    <message>
        <source>This replaces all information in Samen with the information in the backup.</source>
        <translation>This replaces all information in Samen with the information in the backup.</translation>
    </message>
    <message>
        <source>Backup file: %1</source>
        <translation>Backup file: %1</translation>
    </message>
    <message>
        <source>Backup password</source>
        <translation>Backup password</translation>
    </message>
    <message>
        <source>Your information is back.</source>
        <translation>Your information is back.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Checking and restoring the backup.</source>
        <translation>Checking and restoring the backup.</translation>
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
        <source>Everything in Samen now is replaced by what is in the backup. What you added or changed after the backup was made is lost. You cannot undo this.</source>
        <translation>Everything in Samen now is replaced by what is in the backup. What you added or changed after the backup was made is lost. You cannot undo this.</translation>
    </message>
    <message>
        <source>Yes, replace it with the backup</source>
        <translation>Yes, replace it with the backup</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Your result</source>
        <translation>Your result</translation>
    </message>
    <message>
        <source>There is no result yet. First answer the questions about you and your family.</source>
        <translation>There is no result yet. First answer the questions about you and your family.</translation>
    </message>
    <message>
        <source>Who can help: a volunteer of VluchtelingenWerk at your AZC or in your town, or a lawyer through the Juridisch Loket. Show them this screen. Samen is not a lawyer.</source>
        <translation>Who can help: a volunteer of VluchtelingenWerk at your AZC or in your town, or a lawyer through the Juridisch Loket. Show them this screen. Samen is not a lawyer.</translation>
    </message>
    <message>
        <source>Change my answers</source>
        <translation>Change my answers</translation>
    </message>
    <message>
        <source>Next: the papers for each person</source>
        <translation>Next: the papers for each person</translation>
    </message>
</context>
<context>
    <name>RulesChangeNotice</name>
    <message>
        <source>Samen&apos;s rules were updated (rules as of %1).</source>
        <translation>Samen&apos;s rules were updated (rules as of %1).</translation>
    </message>
    <message>
        <source>For %1 the answer is now: %2. Before it was: %3.</source>
        <translation>For %1 the answer is now: %2. Before it was: %3.</translation>
    </message>
    <message>
        <source>Until %1 the answer was: %2 (rules as of %3).</source>
        <translation>Until %1 the answer was: %2 (rules as of %3).</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Hide: %1</source>
        <translation>Hide: %1</translation>
    </message>
    <message>
        <source>Show: %1</source>
        <translation>Show: %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>About Samen</source>
        <translation>About Samen</translation>
    </message>
    <message>
        <source>Samen works without internet. It does not send your information anywhere.</source>
        <translation>Samen works without internet. It does not send your information anywhere.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Safety</translation>
    </message>
    <message>
        <source>Your information is locked on this phone. Samen locks itself when you leave the app or do not use it for 5 minutes.</source>
        <translation>Your information is locked on this phone. Samen locks itself when you leave the app or do not use it for 5 minutes.</translation>
    </message>
    <message>
        <source>Lock Samen now</source>
        <translation>Lock Samen now</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation>Change PIN</translation>
    </message>
    <message>
        <source>Make a backup</source>
        <translation>Make a backup</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Erase everything</source>
        <translation>Erase everything</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <source>Say which date in reminders</source>
        <translation>Say which date in reminders</translation>
    </message>
    <message>
        <source>Off: a reminder only says &quot;You have a date to check.&quot; On: it also says which date and when. Others may see reminders on your screen.</source>
        <translation>Off: a reminder only says &quot;You have a date to check.&quot; On: it also says which date and when. Others may see reminders on your screen.</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Also show dates in the Ethiopian calendar (E.C.)</source>
        <translation>Also show dates in the Ethiopian calendar (E.C.)</translation>
    </message>
    <message>
        <source>Samen always shows the Gregorian (European) date first, as the IND writes it. The Ethiopian date comes after it, marked E.C.</source>
        <translation>Samen always shows the Gregorian (European) date first, as the IND writes it. The Ethiopian date comes after it, marked E.C.</translation>
    </message>
    <message>
        <source>Your PIN works together with a key in this phone&apos;s secure chip. A copy of Samen&apos;s files cannot be opened on another device.</source>
        <translation>Your PIN works together with a key in this phone&apos;s secure chip. A copy of Samen&apos;s files cannot be opened on another device.</translation>
    </message>
    <message>
        <source>Your PIN works together with a key in Android&apos;s key store (this phone has no separate secure chip for it). A copy of Samen&apos;s files cannot be opened on another device.</source>
        <translation>Your PIN works together with a key in Android&apos;s key store (this phone has no separate secure chip for it). A copy of Samen&apos;s files cannot be opened on another device.</translation>
    </message>
    <message>
        <source>On this computer only your PIN protects a copy of Samen&apos;s files. The computer&apos;s keyring keeps the count of wrong tries, so nobody can reset it.</source>
        <translation>On this computer only your PIN protects a copy of Samen&apos;s files. The computer&apos;s keyring keeps the count of wrong tries, so nobody can reset it.</translation>
    </message>
    <message>
        <source>On this device only your PIN protects a copy of Samen&apos;s files, and the count of wrong tries is kept in an ordinary file. Choose a PIN that nobody can guess.</source>
        <translation>On this device only your PIN protects a copy of Samen&apos;s files, and the count of wrong tries is kept in an ordinary file. Choose a PIN that nobody can guess.</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
    <message>
        <source>A</source>
        <comment>the letter on the buttons that make text smaller or larger</comment>
        <translation>A</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <source>Reading aloud</source>
        <translation>Reading aloud</translation>
    </message>
    <message>
        <source>Tap the speaker to hear how Samen reads a text aloud.</source>
        <translation>Tap the speaker to hear how Samen reads a text aloud.</translation>
    </message>
    <message>
        <source>Read slowly</source>
        <translation>Read slowly</translation>
    </message>
    <message>
        <source>Looking for a voice on this phone …</source>
        <translation>Looking for a voice on this phone …</translation>
    </message>
    <message>
        <source>This phone has a voice for your language.</source>
        <translation>This phone has a voice for your language.</translation>
    </message>
    <message>
        <source>This phone has no Dari voice. Texts are read with a Persian (Farsi) voice, which sounds a little different.</source>
        <translation>This phone has no Dari voice. Texts are read with a Persian (Farsi) voice, which sounds a little different.</translation>
    </message>
    <message>
        <source>This phone has no voice that can read your language aloud.</source>
        <translation>This phone has no voice that can read your language aloud.</translation>
    </message>
    <message>
        <source>The first tap on a speaker also checks whether this phone has a voice for your language.</source>
        <translation>The first tap on a speaker also checks whether this phone has a voice for your language.</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Protect your information</source>
        <translation>Protect your information</translation>
    </message>
    <message>
        <source>Choose a password. Samen asks for it each time you open the app. Everything you save stays locked on this phone.</source>
        <translation>Choose a password. Samen asks for it each time you open the app. Everything you save stays locked on this phone.</translation>
    </message>
    <message>
        <source>Choose a PIN of at least 6 numbers. Samen asks for it each time you open the app. Everything you save stays locked on this phone.</source>
        <translation>Choose a PIN of at least 6 numbers. Samen asks for it each time you open the app. Everything you save stays locked on this phone.</translation>
    </message>
    <message>
        <source>New password (at least 8 characters)</source>
        <translation>New password (at least 8 characters)</translation>
    </message>
    <message>
        <source>New PIN (at least 6 numbers)</source>
        <translation>New PIN (at least 6 numbers)</translation>
    </message>
    <message>
        <source>Type the password again</source>
        <translation>Type the password again</translation>
    </message>
    <message>
        <source>Type the PIN again</source>
        <translation>Type the PIN again</translation>
    </message>
    <message>
        <source>The two are not the same. Type them again.</source>
        <translation>The two are not the same. Type them again.</translation>
    </message>
    <message>
        <source>Important: if you forget your PIN, nobody can open your information, not even the makers of Samen. Make a backup in Settings, so that you can get it back.</source>
        <translation>Important: if you forget your PIN, nobody can open your information, not even the makers of Samen. Make a backup in Settings, so that you can get it back.</translation>
    </message>
    <message>
        <source>Lock my information</source>
        <translation>Lock my information</translation>
    </message>
    <message>
        <source>Locking your information. This takes a few seconds.</source>
        <translation>Locking your information. This takes a few seconds.</translation>
    </message>
    <message>
        <source>Use a PIN instead</source>
        <translation>Use a PIN instead</translation>
    </message>
    <message>
        <source>Use a password instead</source>
        <translation>Use a password instead</translation>
    </message>
</context>
<context>
    <name>SpeakerButton</name>
    <message>
        <source>Stop reading: %1</source>
        <translation>Stop reading: %1</translation>
    </message>
    <message>
        <source>Read aloud: %1</source>
        <translation>Read aloud: %1</translation>
    </message>
</context>
<context>
    <name>StageEditor</name>
    <message>
        <source>Date in the IND letter</source>
        <translation>Date in the IND letter</translation>
    </message>
    <message>
        <source>Same date for everyone in this application</source>
        <translation>Same date for everyone in this application</translation>
    </message>
    <message>
        <source>Remove this date</source>
        <translation>Remove this date</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>StageStep</name>
    <message>
        <source>No date yet</source>
        <translation>No date yet</translation>
    </message>
    <message>
        <source>Change the date</source>
        <translation>Change the date</translation>
    </message>
    <message>
        <source>Enter the date</source>
        <translation>Enter the date</translation>
    </message>
</context>
<context>
    <name>StepDateEntry</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>StepRow</name>
    <message>
        <source>A letter from the IND came</source>
        <translation>A letter from the IND came</translation>
    </message>
    <message>
        <source>All steps</source>
        <translation>All steps</translation>
    </message>
</context>
<context>
    <name>StrengthHint</name>
    <message>
        <source>Too short: use at least 8 characters.</source>
        <translation>Too short: use at least 8 characters.</translation>
    </message>
    <message>
        <source>Easy to guess. Add more words or numbers.</source>
        <translation>Easy to guess. Add more words or numbers.</translation>
    </message>
    <message>
        <source>Good. A longer password is even safer.</source>
        <translation>Good. A longer password is even safer.</translation>
    </message>
    <message>
        <source>Strong password.</source>
        <translation>Strong password.</translation>
    </message>
    <message>
        <source>This PIN is easy to guess: it repeats, counts up or down, is very common or looks like a year. Choose 6 numbers without a pattern.</source>
        <translation>This PIN is easy to guess: it repeats, counts up or down, is very common or looks like a year. Choose 6 numbers without a pattern.</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>The file could not be written. Choose another place.</source>
        <translation>The file could not be written. Choose another place.</translation>
    </message>
    <message>
        <source>Family reunification: summary</source>
        <translation>Family reunification: summary</translation>
    </message>
    <message>
        <source>Person in the Netherlands (referent)</source>
        <translation>Person in the Netherlands (referent)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>Name in Latin letters</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>Protection</translation>
    </message>
    <message>
        <source>Date of the IND decision</source>
        <translation>Date of the IND decision</translation>
    </message>
    <message>
        <source>Family members</source>
        <translation>Family members</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Latest step</source>
        <translation>Latest step</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Whole family</source>
        <translation>Whole family</translation>
    </message>
    <message>
        <source>Note by the user (own words, not checked)</source>
        <translation>Note by the user (own words, not checked)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>No family members entered yet.</source>
        <translation>No family members entered yet.</translation>
    </message>
    <message>
        <source>No open deadlines.</source>
        <translation>No open deadlines.</translation>
    </message>
    <message>
        <source>Rules as of</source>
        <translation>Rules as of</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Made on</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Made with the Samen app from the user&apos;s own answers. Not an official document: check the facts with the IND letters.</source>
        <translation>Made with the Samen app from the user&apos;s own answers. Not an official document: check the facts with the IND letters.</translation>
    </message>
    <message>
        <source>Husband or wife</source>
        <translation>Husband or wife</translation>
    </message>
    <message>
        <source>Partner (not married)</source>
        <translation>Partner (not married)</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Adopted child</source>
        <translation>Adopted child</translation>
    </message>
    <message>
        <source>Foster child</source>
        <translation>Foster child</translation>
    </message>
    <message>
        <source>Child of the partner</source>
        <translation>Child of the partner</translation>
    </message>
    <message>
        <source>Father or mother</source>
        <translation>Father or mother</translation>
    </message>
    <message>
        <source>Brother or sister</source>
        <translation>Brother or sister</translation>
    </message>
    <message>
        <source>Nareis possible</source>
        <translation>Nareis possible</translation>
    </message>
    <message>
        <source>Regular route only (income requirement)</source>
        <translation>Regular route only (income requirement)</translation>
    </message>
    <message>
        <source>Must wait (b-status)</source>
        <translation>Must wait (b-status)</translation>
    </message>
    <message>
        <source>Not eligible for nareis</source>
        <translation>Not eligible for nareis</translation>
    </message>
    <message>
        <source>Unclear: needs advice from a lawyer</source>
        <translation>Unclear: needs advice from a lawyer</translation>
    </message>
    <message>
        <source>Not known: the questions are not finished</source>
        <translation>Not known: the questions are not finished</translation>
    </message>
    <message>
        <source>Passport or ID card</source>
        <translation>Passport or ID card</translation>
    </message>
    <message>
        <source>Marriage certificate</source>
        <translation>Marriage certificate</translation>
    </message>
    <message>
        <source>Proof of the relationship</source>
        <translation>Proof of the relationship</translation>
    </message>
    <message>
        <source>Birth certificate</source>
        <translation>Birth certificate</translation>
    </message>
    <message>
        <source>Adoption papers</source>
        <translation>Adoption papers</translation>
    </message>
    <message>
        <source>Proof of foster care</source>
        <translation>Proof of foster care</translation>
    </message>
    <message>
        <source>Consent of the other parent</source>
        <translation>Consent of the other parent</translation>
    </message>
    <message>
        <source>Police record statement</source>
        <translation>Police record statement</translation>
    </message>
    <message>
        <source>Marital status statement</source>
        <translation>Marital status statement</translation>
    </message>
    <message>
        <source>Sworn translation</source>
        <translation>Sworn translation</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>requested</translation>
    </message>
    <message>
        <source>in hand, not translated</source>
        <translation>in hand, not translated</translation>
    </message>
    <message>
        <source>translated</source>
        <translation>translated</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>ready</translation>
    </message>
    <message>
        <source>Application filed</source>
        <translation>Application filed</translation>
    </message>
    <message>
        <source>Extra questions from the IND</source>
        <translation>Extra questions from the IND</translation>
    </message>
    <message>
        <source>Application approved</source>
        <translation>Application approved</translation>
    </message>
    <message>
        <source>Application refused</source>
        <translation>Application refused</translation>
    </message>
    <message>
        <source>MVV visa issued</source>
        <translation>MVV visa issued</translation>
    </message>
    <message>
        <source>Travelled</source>
        <translation>Travelled</translation>
    </message>
    <message>
        <source>Arrived in the Netherlands</source>
        <translation>Arrived in the Netherlands</translation>
    </message>
    <message>
        <source>Appointment at IND Zevenaar</source>
        <translation>Appointment at IND Zevenaar</translation>
    </message>
    <message>
        <source>Registered in the municipality (BRP)</source>
        <translation>Registered in the municipality (BRP)</translation>
    </message>
    <message>
        <source>Not applied yet</source>
        <translation>Not applied yet</translation>
    </message>
    <message>
        <source>Last day to apply for nareis (3 months)</source>
        <translation>Last day to apply for nareis (3 months)</translation>
    </message>
    <message>
        <source>IND decision due (may be extended)</source>
        <translation>IND decision due (may be extended)</translation>
    </message>
    <message>
        <source>Last day to object (bezwaar)</source>
        <translation>Last day to object (bezwaar)</translation>
    </message>
    <message>
        <source>Collect the MVV at the embassy</source>
        <translation>Collect the MVV at the embassy</translation>
    </message>
    <message>
        <source>Travel to the Netherlands (MVV valid until)</source>
        <translation>Travel to the Netherlands (MVV valid until)</translation>
    </message>
    <message>
        <source>First visit to a GP</source>
        <translation>First visit to a GP</translation>
    </message>
    <message>
        <source>End of the 2-year wait (b-status)</source>
        <translation>End of the 2-year wait (b-status)</translation>
    </message>
    <message>
        <source>Date from a letter</source>
        <translation>Date from a letter</translation>
    </message>
    <message>
        <source>Refugee status (a-status)</source>
        <translation>Refugee status (a-status)</translation>
    </message>
    <message>
        <source>Subsidiary protection (b-status)</source>
        <translation>Subsidiary protection (b-status)</translation>
    </message>
    <message>
        <source>Regular route: fee (leges)</source>
        <translation>Regular route: fee (leges)</translation>
    </message>
    <message>
        <source>Regular route: civic integration exam abroad</source>
        <translation>Regular route: civic integration exam abroad</translation>
    </message>
    <message>
        <source>Regular route: proof of income and housing</source>
        <translation>Regular route: proof of income and housing</translation>
    </message>
    <message>
        <source>Regular route: health insurance</source>
        <translation>Regular route: health insurance</translation>
    </message>
    <message>
        <source>Regular route: legalised documents</source>
        <translation>Regular route: legalised documents</translation>
    </message>
    <message>
        <source>Objection (bezwaar) filed</source>
        <translation>Objection (bezwaar) filed</translation>
    </message>
    <message>
        <source>Decision on the objection</source>
        <translation>Decision on the objection</translation>
    </message>
    <message>
        <source>Ticket booked</source>
        <translation>Ticket booked</translation>
    </message>
    <message>
        <source>TB screening at the GGD</source>
        <translation>TB screening at the GGD</translation>
    </message>
    <message>
        <source>First GP visit</source>
        <translation>First GP visit</translation>
    </message>
    <message>
        <source>IND decision on the objection due</source>
        <translation>IND decision on the objection due</translation>
    </message>
    <message>
        <source>Last day to appeal (beroep)</source>
        <translation>Last day to appeal (beroep)</translation>
    </message>
    <message>
        <source>Report to IND Zevenaar (3 days after arrival)</source>
        <translation>Report to IND Zevenaar (3 days after arrival)</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Papers ready</source>
        <translation>Papers ready</translation>
    </message>
    <message>
        <source>Papers not ready yet</source>
        <translation>Papers not ready yet</translation>
    </message>
    <message>
        <source>Appointment at the embassy (mvv)</source>
        <translation>Appointment at the embassy (mvv)</translation>
    </message>
    <message>
        <source>Proof of living together</source>
        <translation>Proof of living together</translation>
    </message>
</context>
<context>
    <name>SupportOffer</name>
    <message>
        <source>%1

Who can help: %2</source>
        <translation>%1

Who can help: %2</translation>
    </message>
</context>
<context>
    <name>TermPopup</name>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>TimelineController</name>
    <message>
        <source>This day does not exist. Please check the date.</source>
        <translation>This day does not exist. Please check the date.</translation>
    </message>
    <message>
        <source>This date is too long ago. Please check the year.</source>
        <translation>This date is too long ago. Please check the year.</translation>
    </message>
    <message>
        <source>This date is in the future. Choose the day it happened.</source>
        <translation>This date is in the future. Choose the day it happened.</translation>
    </message>
    <message>
        <source>This did not work. Please try again.</source>
        <translation>This did not work. Please try again.</translation>
    </message>
    <message>
        <source>This date is before the day you sent the application. Please check both dates.</source>
        <translation>This date is before the day you sent the application. Please check both dates.</translation>
    </message>
    <message>
        <source>First enter the day you sent the application.</source>
        <translation>First enter the day you sent the application.</translation>
    </message>
    <message>
        <source>This day has passed. Choose the date in the letter.</source>
        <translation>This day has passed. Choose the date in the letter.</translation>
    </message>
    <message>
        <source>The file could not be saved. Choose another place.</source>
        <translation>The file could not be saved. Choose another place.</translation>
    </message>
    <message>
        <source>Whole family</source>
        <translation>Whole family</translation>
    </message>
    <message>
        <source>Starts: %1</source>
        <translation>Starts: %1</translation>
    </message>
    <message>
        <source>This date does not fit with the date of the step &quot;%1&quot;. Please check both dates.</source>
        <translation>This date does not fit with the date of the step &quot;%1&quot;. Please check both dates.</translation>
    </message>
    <message>
        <source>Answer the letter: %1</source>
        <translation>Answer the letter: %1</translation>
    </message>
    <message>
        <source>You said in the questions about your family that the application is sent. To change this, change that answer.</source>
        <translation>You said in the questions about your family that the application is sent. To change this, change that answer.</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Steps of the procedure</source>
        <translation>Steps of the procedure</translation>
    </message>
    <message>
        <source>First answer the questions about your family. Then you can follow each step here.</source>
        <translation>First answer the questions about your family. Then you can follow each step here.</translation>
    </message>
    <message>
        <source>Start the questions</source>
        <translation>Start the questions</translation>
    </message>
    <message>
        <source>Date in the IND letter</source>
        <translation>Date in the IND letter</translation>
    </message>
    <message>
        <source>For whom?</source>
        <translation>For whom?</translation>
    </message>
    <message>
        <source>The IND decides before the date in its letter.</source>
        <translation>The IND decides before the date in its letter.</translation>
    </message>
    <message>
        <source>Did the IND send a letter that says before which day it decides? Enter that day.</source>
        <translation>Did the IND send a letter that says before which day it decides? Enter that day.</translation>
    </message>
    <message>
        <source>Change the date</source>
        <translation>Change the date</translation>
    </message>
    <message>
        <source>Enter the date</source>
        <translation>Enter the date</translation>
    </message>
    <message>
        <source>Use 90 days again</source>
        <translation>Use 90 days again</translation>
    </message>
</context>
<context>
    <name>TimelineTexts</name>
    <message>
        <source>Application sent</source>
        <translation>Application sent</translation>
    </message>
    <message>
        <source>IND asks for more (DNA test or interview)</source>
        <translation>IND asks for more (DNA test or interview)</translation>
    </message>
    <message>
        <source>Yes from the IND</source>
        <translation>Yes from the IND</translation>
    </message>
    <message>
        <source>No from the IND</source>
        <translation>No from the IND</translation>
    </message>
    <message>
        <source>Visa (mvv) ready</source>
        <translation>Visa (mvv) ready</translation>
    </message>
    <message>
        <source>Travelled</source>
        <translation>Travelled</translation>
    </message>
    <message>
        <source>Arrived in the Netherlands</source>
        <translation>Arrived in the Netherlands</translation>
    </message>
    <message>
        <source>Appointment at the IND in Zevenaar</source>
        <translation>Appointment at the IND in Zevenaar</translation>
    </message>
    <message>
        <source>Registered at the town hall</source>
        <translation>Registered at the town hall</translation>
    </message>
    <message>
        <source>You sent the application for your family to the IND.</source>
        <translation>You sent the application for your family to the IND.</translation>
    </message>
    <message>
        <source>The IND wants more papers, a DNA test or an interview.</source>
        <translation>The IND wants more papers, a DNA test or an interview.</translation>
    </message>
    <message>
        <source>The IND says yes. Your family may come.</source>
        <translation>The IND says yes. Your family may come.</translation>
    </message>
    <message>
        <source>The IND says no. You can object to this.</source>
        <translation>The IND says no. You can object to this.</translation>
    </message>
    <message>
        <source>Your family has the visa (mvv) from the embassy.</source>
        <translation>Your family has the visa (mvv) from the embassy.</translation>
    </message>
    <message>
        <source>Your family is on the way.</source>
        <translation>Your family is on the way.</translation>
    </message>
    <message>
        <source>Your family is in the Netherlands.</source>
        <translation>Your family is in the Netherlands.</translation>
    </message>
    <message>
        <source>Your family is registered at the town hall (BRP).</source>
        <translation>Your family is registered at the town hall (BRP).</translation>
    </message>
    <message>
        <source>Apply for your family</source>
        <translation>Apply for your family</translation>
    </message>
    <message>
        <source>The IND decides</source>
        <translation>The IND decides</translation>
    </message>
    <message>
        <source>Object to the no</source>
        <translation>Object to the no</translation>
    </message>
    <message>
        <source>Collect the visa (mvv)</source>
        <translation>Collect the visa (mvv)</translation>
    </message>
    <message>
        <source>Travel to the Netherlands</source>
        <translation>Travel to the Netherlands</translation>
    </message>
    <message>
        <source>First visit to the doctor (GP)</source>
        <translation>First visit to the doctor (GP)</translation>
    </message>
    <message>
        <source>The waiting time ends</source>
        <translation>The waiting time ends</translation>
    </message>
    <message>
        <source>Answer the IND letter</source>
        <translation>Answer the IND letter</translation>
    </message>
    <message>
        <source>Apply within 3 months after the date on your IND letter.</source>
        <translation>Apply within 3 months after the date on your IND letter.</translation>
    </message>
    <message>
        <source>You have 4 weeks to object to a no. Talk to a lawyer or VluchtelingenWerk quickly.</source>
        <translation>You have 4 weeks to object to a no. Talk to a lawyer or VluchtelingenWerk quickly.</translation>
    </message>
    <message>
        <source>Your family must collect the visa at the embassy within 3 months.</source>
        <translation>Your family must collect the visa at the embassy within 3 months.</translation>
    </message>
    <message>
        <source>The visa is valid for 90 days. Your family must come before it ends.</source>
        <translation>The visa is valid for 90 days. Your family must come before it ends.</translation>
    </message>
    <message>
        <source>Visit a doctor (GP) within 2 weeks. Then an interpreter is free.</source>
        <translation>Visit a doctor (GP) within 2 weeks. Then an interpreter is free.</translation>
    </message>
    <message>
        <source>A date from a letter of the IND.</source>
        <translation>A date from a letter of the IND.</translation>
    </message>
    <message>
        <source>Send the application for your family before the deadline.</source>
        <translation>Send the application for your family before the deadline.</translation>
    </message>
    <message>
        <source>Wait for the IND. Answer every IND letter in time.</source>
        <translation>Wait for the IND. Answer every IND letter in time.</translation>
    </message>
    <message>
        <source>Do what the IND asks, before the date in the letter.</source>
        <translation>Do what the IND asks, before the date in the letter.</translation>
    </message>
    <message>
        <source>Your family collects the visa (mvv) at the embassy.</source>
        <translation>Your family collects the visa (mvv) at the embassy.</translation>
    </message>
    <message>
        <source>Object within 4 weeks. Ask a lawyer for help.</source>
        <translation>Object within 4 weeks. Ask a lawyer for help.</translation>
    </message>
    <message>
        <source>Today is the last day</source>
        <translation>Today is the last day</translation>
    </message>
    <message numerus="yes">
        <source>Passed %Ln days ago</source>
        <translation>
            <numerusform>Passed %Ln day ago</numerusform>
            <numerusform>Passed %Ln days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln days left</source>
        <translation>
            <numerusform>%Ln day left</numerusform>
            <numerusform>%Ln days left</numerusform>
        </translation>
    </message>
    <message>
        <source>Objection sent (bezwaar)</source>
        <translation>Objection sent (bezwaar)</translation>
    </message>
    <message>
        <source>IND decided on the objection</source>
        <translation>IND decided on the objection</translation>
    </message>
    <message>
        <source>Ticket booked</source>
        <translation>Ticket booked</translation>
    </message>
    <message>
        <source>TB check at the GGD</source>
        <translation>TB check at the GGD</translation>
    </message>
    <message>
        <source>You sent an objection (bezwaar) against the no of the IND.</source>
        <translation>You sent an objection (bezwaar) against the no of the IND.</translation>
    </message>
    <message>
        <source>The IND sent its decision on your objection.</source>
        <translation>The IND sent its decision on your objection.</translation>
    </message>
    <message>
        <source>The ticket is booked. Now book the appointment with the IND in Zevenaar.</source>
        <translation>The ticket is booked. Now book the appointment with the IND in Zevenaar.</translation>
    </message>
    <message>
        <source>Your family reported to the IND in Zevenaar and got their residence permit.</source>
        <translation>Your family reported to the IND in Zevenaar and got their residence permit.</translation>
    </message>
    <message>
        <source>Your family had the check for tuberculosis (TB) at the GGD.</source>
        <translation>Your family had the check for tuberculosis (TB) at the GGD.</translation>
    </message>
    <message>
        <source>Your family visited a doctor (GP).</source>
        <translation>Your family visited a doctor (GP).</translation>
    </message>
    <message>
        <source>The IND decides on the objection</source>
        <translation>The IND decides on the objection</translation>
    </message>
    <message>
        <source>Go to court (appeal)</source>
        <translation>Go to court (appeal)</translation>
    </message>
    <message>
        <source>Report to the IND in Zevenaar</source>
        <translation>Report to the IND in Zevenaar</translation>
    </message>
    <message>
        <source>The IND must decide within 3 months. It may take 3 months more. If your IND letter gives a date, use that date.</source>
        <translation>The IND must decide within 3 months. It may take 3 months more. If your IND letter gives a date, use that date.</translation>
    </message>
    <message>
        <source>The IND must decide on your objection within 19 weeks. It may take 6 weeks more.</source>
        <translation>The IND must decide on your objection within 19 weeks. It may take 6 weeks more.</translation>
    </message>
    <message>
        <source>Is the answer to your objection still no? You have 4 weeks to go to court (beroep). A lawyer does this for you.</source>
        <translation>Is the answer to your objection still no? You have 4 weeks to go to court (beroep). A lawyer does this for you.</translation>
    </message>
    <message>
        <source>Your family must report to the IND in Zevenaar within 3 days after arriving, while the visa is still valid.</source>
        <translation>Your family must report to the IND in Zevenaar within 3 days after arriving, while the visa is still valid.</translation>
    </message>
    <message>
        <source>With subsidiary protection you wait about 2 years. It is not yet sure from which day they count: check the date with a lawyer.</source>
        <translation>With subsidiary protection you wait about 2 years. It is not yet sure from which day they count: check the date with a lawyer.</translation>
    </message>
    <message>
        <source>Still a no? Go to court within 4 weeks. Ask your lawyer now.</source>
        <translation>Still a no? Go to court within 4 weeks. Ask your lawyer now.</translation>
    </message>
    <message>
        <source>Book the ticket. Your family must travel within 90 days. As soon as the ticket is booked, book the appointment with the IND in Zevenaar.</source>
        <translation>Book the ticket. Your family must travel within 90 days. As soon as the ticket is booked, book the appointment with the IND in Zevenaar.</translation>
    </message>
    <message>
        <source>Book the appointment with the IND in Zevenaar now, for within 3 days after arrival.</source>
        <translation>Book the appointment with the IND in Zevenaar now, for within 3 days after arrival.</translation>
    </message>
    <message>
        <source>After arriving, your family must report to the IND in Zevenaar within 3 days.</source>
        <translation>After arriving, your family must report to the IND in Zevenaar within 3 days.</translation>
    </message>
    <message>
        <source>Report to the IND in Zevenaar within 3 days. Visit a doctor within 2 weeks.</source>
        <translation>Report to the IND in Zevenaar within 3 days. Visit a doctor within 2 weeks.</translation>
    </message>
    <message>
        <source>Register your family at the town hall (BRP) and make the TB check at the GGD.</source>
        <translation>Register your family at the town hall (BRP) and make the TB check at the GGD.</translation>
    </message>
    <message>
        <source>Make the TB check at the GGD and visit a doctor (GP).</source>
        <translation>Make the TB check at the GGD and visit a doctor (GP).</translation>
    </message>
    <message>
        <source>Visit a doctor (GP) within 2 weeks after arrival.</source>
        <translation>Visit a doctor (GP) within 2 weeks after arrival.</translation>
    </message>
    <message>
        <source>All steps are done. Welcome! Remember: your family&apos;s permit depends on yours, and you must live together. Tell the IND if that changes.</source>
        <translation>All steps are done. Welcome! Remember: your family&apos;s permit depends on yours, and you must live together. Tell the IND if that changes.</translation>
    </message>
    <message>
        <source>Appointment at the embassy for the visa (mvv)</source>
        <translation>Appointment at the embassy for the visa (mvv)</translation>
    </message>
    <message>
        <source>Your family has an appointment at the Dutch embassy. There the visa (mvv) is put in the passport.</source>
        <translation>Your family has an appointment at the Dutch embassy. There the visa (mvv) is put in the passport.</translation>
    </message>
    <message>
        <source>Bring the passports and the papers the embassy asks for. The visa (mvv) must be collected within 3 months after the yes.</source>
        <translation>Bring the passports and the papers the embassy asks for. The visa (mvv) must be collected within 3 months after the yes.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Samen is locked</source>
        <translation>Samen is locked</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Your password</translation>
    </message>
    <message>
        <source>Your PIN</source>
        <translation>Your PIN</translation>
    </message>
    <message numerus="yes">
        <source>You can try again in %Ln second(s).</source>
        <translation>
            <numerusform>You can try again in %Ln second.</numerusform>
            <numerusform>You can try again in %Ln seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Opening. This takes a few seconds.</source>
        <translation>Opening. This takes a few seconds.</translation>
    </message>
    <message>
        <source>I forgot my password</source>
        <translation>I forgot my password</translation>
    </message>
    <message>
        <source>I forgot my PIN</source>
        <translation>I forgot my PIN</translation>
    </message>
    <message>
        <source>Preparing the example data. This takes a few seconds.</source>
        <translation>Preparing the example data. This takes a few seconds.</translation>
    </message>
</context>
<context>
    <name>VaultController</name>
    <message>
        <source>Samen could not read or write its files. Check that the phone has free space, then try again.</source>
        <translation>Samen could not read or write its files. Check that the phone has free space, then try again.</translation>
    </message>
    <message>
        <source>This PIN is too short. Use at least 6 numbers.</source>
        <translation>This PIN is too short. Use at least 6 numbers.</translation>
    </message>
    <message>
        <source>This password is too short. Use at least 8 characters.</source>
        <translation>This password is too short. Use at least 8 characters.</translation>
    </message>
    <message>
        <source>This password is not right. Try again.</source>
        <translation>This password is not right. Try again.</translation>
    </message>
    <message>
        <source>This PIN is not right. Try again.</source>
        <translation>This PIN is not right. Try again.</translation>
    </message>
    <message>
        <source>Too many wrong tries. Wait, then try again.</source>
        <translation>Too many wrong tries. Wait, then try again.</translation>
    </message>
    <message>
        <source>Samen cannot open your information: its key is damaged. You can erase everything and start again, then restore a backup.</source>
        <translation>Samen cannot open your information: its key is damaged. You can erase everything and start again, then restore a backup.</translation>
    </message>
    <message>
        <source>Your PIN is right, but the stored information is damaged. Restore a backup to get it back.</source>
        <translation>Your PIN is right, but the stored information is damaged. Restore a backup to get it back.</translation>
    </message>
    <message>
        <source>This backup password is not right. Nothing was changed.</source>
        <translation>This backup password is not right. Nothing was changed.</translation>
    </message>
    <message>
        <source>This file is not a Samen backup. Nothing was changed.</source>
        <translation>This file is not a Samen backup. Nothing was changed.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Samen. Update the app first.</source>
        <translation>This backup was made by a newer version of Samen. Update the app first.</translation>
    </message>
    <message>
        <source>This backup file is damaged or incomplete. Nothing was changed.</source>
        <translation>This backup file is damaged or incomplete. Nothing was changed.</translation>
    </message>
    <message>
        <source>Open Samen with your PIN first.</source>
        <translation>Open Samen with your PIN first.</translation>
    </message>
    <message>
        <source>The file could not be read or written. Nothing was changed.</source>
        <translation>The file could not be read or written. Nothing was changed.</translation>
    </message>
    <message>
        <source>Samen is already set up on this phone.</source>
        <translation>Samen is already set up on this phone.</translation>
    </message>
    <message>
        <source>Not everything could be erased. Try again.</source>
        <translation>Not everything could be erased. Try again.</translation>
    </message>
    <message>
        <source>This PIN is easy to guess: it repeats, counts up or down, is very common or looks like a year. Choose 6 numbers without a pattern.</source>
        <translation>This PIN is easy to guess: it repeats, counts up or down, is very common or looks like a year. Choose 6 numbers without a pattern.</translation>
    </message>
    <message>
        <source>This backup password is too short or too easy to guess. Use a few words that only you would put together.</source>
        <translation>This backup password is too short or too easy to guess. Use a few words that only you would put together.</translation>
    </message>
    <message>
        <source>Choose a backup password that is different from the PIN or password that opens Samen.</source>
        <translation>Choose a backup password that is different from the PIN or password that opens Samen.</translation>
    </message>
    <message>
        <source>Samen cannot reach this device&apos;s key store, which keeps count of wrong tries. Nothing was checked or changed. Restart the device (on a computer: unlock its keyring), then try again.</source>
        <translation>Samen cannot reach this device&apos;s key store, which keeps count of wrong tries. Nothing was checked or changed. Restart the device (on a computer: unlock its keyring), then try again.</translation>
    </message>
    <message>
        <source>This phone is too slow to open this backup. Nothing was changed.</source>
        <translation>This phone is too slow to open this backup. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>VerdictCard</name>
    <message>
        <source>Where does this rule come from?</source>
        <translation>Where does this rule come from?</translation>
    </message>
</context>
<context>
    <name>ViewerPage</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Photos and files</source>
        <translation>Photos and files</translation>
    </message>
    <message>
        <source>Where do you want to save the copies?</source>
        <translation>Where do you want to save the copies?</translation>
    </message>
    <message>
        <source>The copies are not locked. Anyone who uses this phone can see them. Delete the copies after you have uploaded them to the IND website.</source>
        <translation>The copies are not locked. Anyone who uses this phone can see them. Delete the copies after you have uploaded them to the IND website.</translation>
    </message>
    <message>
        <source>I understand. Choose a folder</source>
        <translation>I understand. Choose a folder</translation>
    </message>
    <message>
        <source>Do you want to delete this page? You cannot undo this.</source>
        <translation>Do you want to delete this page? You cannot undo this.</translation>
    </message>
    <message>
        <source>Delete the page</source>
        <translation>Delete the page</translation>
    </message>
    <message>
        <source>No photos or files of this paper yet.</source>
        <translation>No photos or files of this paper yet.</translation>
    </message>
    <message>
        <source>This is a PDF file. Samen cannot show it here. Save a copy to open it in another app.</source>
        <translation>This is a PDF file. Samen cannot show it here. Save a copy to open it in another app.</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <source>Delete this page</source>
        <translation>Delete this page</translation>
    </message>
    <message>
        <source>Choose this folder</source>
        <translation>Choose this folder</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>VoiceAdvice</name>
    <message>
        <source>To add one: open the phone&apos;s Settings, search for &quot;text-to-speech&quot;, open the speech engine&apos;s settings and install a voice for your language. Then Samen can read texts aloud.</source>
        <translation>To add one: open the phone&apos;s Settings, search for &quot;text-to-speech&quot;, open the speech engine&apos;s settings and install a voice for your language. Then Samen can read texts aloud.</translation>
    </message>
</context>
<context>
    <name>WhyBox</name>
    <message>
        <source>Why do we ask this?</source>
        <translation>Why do we ask this?</translation>
    </message>
</context>
</TS>
