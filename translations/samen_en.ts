<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
        <source>The backup is saved.</source>
        <translation>The backup is saved.</translation>
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
</context>
<context>
    <name>ComingSoonPage</name>
    <message>
        <source>This part is not ready yet. It will come in an update. Nothing is saved here yet.</source>
        <translation>This part is not ready yet. It will come in an update. Nothing is saved here yet.</translation>
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
    <name>DeadlinesPage</name>
    <message>
        <source>Dates and deadlines</source>
        <translation>Dates and deadlines</translation>
    </message>
    <message>
        <source>Here you will see your important dates, such as the last day to apply. Samen will remind you in time.</source>
        <translation>Here you will see your important dates, such as the last day to apply. Samen will remind you in time.</translation>
    </message>
</context>
<context>
    <name>EligibilityPage</name>
    <message>
        <source>Who can come?</source>
        <translation>Who can come?</translation>
    </message>
    <message>
        <source>Here you will answer simple questions, one at a time. Then Samen shows who in your family can come, and by which date you must apply.</source>
        <translation>Here you will answer simple questions, one at a time. Then Samen shows who in your family can come, and by which date you must apply.</translation>
    </message>
</context>
<context>
    <name>ErasePage</name>
    <message>
        <source>Erase everything</source>
        <translation>Erase everything</translation>
    </message>
    <message>
        <source>This removes all your information from Samen: answers, family, documents and dates. It cannot be undone.</source>
        <translation>This removes all your information from Samen: answers, family, documents and dates. It cannot be undone.</translation>
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
</context>
<context>
    <name>FamilyPage</name>
    <message>
        <source>Family and documents</source>
        <translation>Family and documents</translation>
    </message>
    <message>
        <source>Here you will add your family members. For each person you will see which papers are needed. You can keep photos of the papers safely in this app.</source>
        <translation>Here you will add your family members. For each person you will see which papers are needed. You can keep photos of the papers safely in this app.</translation>
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
    <name>HelperPage</name>
    <message>
        <source>Show to a helper</source>
        <translation>Show to a helper</translation>
    </message>
    <message>
        <source>Here you will show a short summary in Dutch to a volunteer or a lawyer, so that they can help you quickly.</source>
        <translation>Here you will show a short summary in Dutch to a volunteer or a lawyer, so that they can help you quickly.</translation>
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
        <source>Family and documents</source>
        <translation>Family and documents</translation>
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
        <source>Apply in time. Samen reminds you.</source>
        <translation>Apply in time. Samen reminds you.</translation>
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
        <source>The backup password is too short. Use at least 8 characters.</source>
        <translation>The backup password is too short. Use at least 8 characters.</translation>
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
</context>
</TS>
