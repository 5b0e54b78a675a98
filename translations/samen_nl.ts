<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AddDeadlinePage</name>
    <message>
        <source>Whole family</source>
        <translation>Hele gezin</translation>
    </message>
    <message>
        <source>Add a date from an IND letter</source>
        <translation>Datum uit een IND-brief toevoegen</translation>
    </message>
    <message>
        <source>The IND often asks you to answer before a date. Enter that date here. Samen will remind you.</source>
        <translation>De IND vraagt vaak om vóór een datum te antwoorden. Vul die datum hier in. Samen herinnert u eraan.</translation>
    </message>
    <message>
        <source>For whom?</source>
        <translation>Voor wie?</translation>
    </message>
    <message>
        <source>What does the letter ask?</source>
        <translation>Wat vraagt de brief?</translation>
    </message>
    <message>
        <source>For example: send the DNA form</source>
        <translation>Bijvoorbeeld: stuur het DNA-formulier</translation>
    </message>
    <message>
        <source>Only you see these words. Reminders never show them.</source>
        <translation>Alleen u ziet deze woorden. Herinneringen laten ze nooit zien.</translation>
    </message>
    <message>
        <source>Answer before</source>
        <translation>Antwoord vóór</translation>
    </message>
</context>
<context>
    <name>AppPage</name>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Make a backup</source>
        <translation>Back-up maken</translation>
    </message>
    <message>
        <source>Where do you want to save the backup?</source>
        <translation>Waar wilt u de back-up bewaren?</translation>
    </message>
    <message>
        <source>A backup is one file with all your information. It is locked with a backup password. Keep the file in a safe place, for example with someone you trust.</source>
        <translation>Een back-up is één bestand met al uw gegevens. Het is op slot met een back-upwachtwoord. Bewaar het bestand op een veilige plek, bijvoorbeeld bij iemand die u vertrouwt.</translation>
    </message>
    <message>
        <source>Choose a backup password that is different from your PIN. Without it, nobody can open the backup.</source>
        <translation>Kies een back-upwachtwoord dat anders is dan uw pincode. Zonder dit wachtwoord kan niemand de back-up openen.</translation>
    </message>
    <message>
        <source>Backup password (at least 8 characters)</source>
        <translation>Back-upwachtwoord (minstens 8 tekens)</translation>
    </message>
    <message>
        <source>Type the backup password again</source>
        <translation>Typ het back-upwachtwoord nog een keer</translation>
    </message>
    <message>
        <source>The two are not the same. Type them again.</source>
        <translation>De twee zijn niet hetzelfde. Typ ze opnieuw.</translation>
    </message>
    <message>
        <source>Choose where to save it</source>
        <translation>Kies waar u hem bewaart</translation>
    </message>
    <message>
        <source>Making the backup.</source>
        <translation>De back-up wordt gemaakt.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Bewaar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>The backup is saved: %1</source>
        <translation>De back-up is bewaard: %1</translation>
    </message>
</context>
<context>
    <name>CameraPage</name>
    <message>
        <source>Take a photo</source>
        <translation>Foto maken</translation>
    </message>
    <message>
        <source>Samen cannot find a camera on this device. Use &quot;Add photo or file&quot; instead.</source>
        <translation>Samen vindt geen camera op dit apparaat. Gebruik in plaats daarvan &quot;Foto of bestand toevoegen&quot;.</translation>
    </message>
    <message>
        <source>Put the paper on a table in good light. Make sure all corners are in the picture.</source>
        <translation>Leg het papier op een tafel in goed licht. Zorg dat alle hoeken op de foto staan.</translation>
    </message>
    <message>
        <source>Take the photo</source>
        <translation>Maak de foto</translation>
    </message>
</context>
<context>
    <name>ChangePinPage</name>
    <message>
        <source>Change password</source>
        <translation>Wachtwoord wijzigen</translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation>Pincode wijzigen</translation>
    </message>
    <message>
        <source>Your password now</source>
        <translation>Uw wachtwoord nu</translation>
    </message>
    <message>
        <source>Your PIN now</source>
        <translation>Uw pincode nu</translation>
    </message>
    <message>
        <source>New password (at least 8 characters)</source>
        <translation>Nieuw wachtwoord (minstens 8 tekens)</translation>
    </message>
    <message>
        <source>New PIN (at least 6 numbers)</source>
        <translation>Nieuwe pincode (minstens 6 cijfers)</translation>
    </message>
    <message>
        <source>Type the password again</source>
        <translation>Typ het wachtwoord nog een keer</translation>
    </message>
    <message>
        <source>Type the PIN again</source>
        <translation>Typ de pincode nog een keer</translation>
    </message>
    <message>
        <source>Done. From now on, use the new one.</source>
        <translation>Klaar. Gebruik vanaf nu de nieuwe.</translation>
    </message>
    <message>
        <source>The two are not the same. Type them again.</source>
        <translation>De twee zijn niet hetzelfde. Typ ze opnieuw.</translation>
    </message>
    <message numerus="yes">
        <source>You can try again in %Ln second(s).</source>
        <translation>
            <numerusform>U kunt het over %Ln seconde opnieuw proberen.</numerusform>
            <numerusform>U kunt het over %Ln seconden opnieuw proberen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijzigen</translation>
    </message>
    <message>
        <source>Changing. This takes a few seconds.</source>
        <translation>Bezig met wijzigen. Dit duurt een paar seconden.</translation>
    </message>
    <message>
        <source>Use a PIN instead</source>
        <translation>Gebruik liever een pincode</translation>
    </message>
    <message>
        <source>Use a password instead</source>
        <translation>Gebruik liever een wachtwoord</translation>
    </message>
    <message>
        <source>Change, and give your information a new key too (safer if someone may have copied the phone; takes longer)</source>
        <translation>Wijzigen, en de opgeslagen gegevens ook een nieuwe sleutel geven (veiliger als iemand de telefoon misschien heeft gekopieerd; duurt langer)</translation>
    </message>
</context>
<context>
    <name>ChooserFit</name>
    <message>
        <source>File name</source>
        <translation>Bestandsnaam</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>CorruptPage</name>
    <message>
        <source>Samen cannot open your information</source>
        <translation>Samen kan uw gegevens niet openen</translation>
    </message>
    <message>
        <source>The stored information is damaged.</source>
        <translation>De bewaarde gegevens zijn beschadigd.</translation>
    </message>
    <message>
        <source>Samen has not changed or deleted anything.</source>
        <translation>Samen heeft niets veranderd of gewist.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <source>Erase everything and start again</source>
        <translation>Alles wissen en opnieuw beginnen</translation>
    </message>
</context>
<context>
    <name>CostsPage</name>
    <message>
        <source>Costs</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Some things on the way cost money. Samen shows an amount only where an official source gives it. Where prices differ, it says so.</source>
        <translation>Sommige dingen onderweg kosten geld. Samen toont een bedrag alleen als een officiële bron het noemt. Als prijzen verschillen, staat dat erbij.</translation>
    </message>
    <message>
        <source>Rules and numbers as of %1.</source>
        <translation>Regels en nummers gecontroleerd op %1.</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>Bedrag: %1</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <source>Solar calendar (Hijri shamsi)</source>
        <translation>Zonnekalender (Hijri shamsi)</translation>
    </message>
    <message>
        <source>Ethiopian calendar</source>
        <translation>Ethiopische kalender</translation>
    </message>
    <message>
        <source>This month has only %1 days in that year. Please choose another day.</source>
        <translation>Deze maand heeft in dat jaar maar %1 dagen. Kies een andere dag.</translation>
    </message>
    <message>
        <source>This year has only %1 months.</source>
        <translation>Dit jaar heeft maar %1 maanden.</translation>
    </message>
    <message>
        <source>This year is not possible. Please check it.</source>
        <translation>Dit jaar kan niet. Kijk het nog eens na.</translation>
    </message>
    <message>
        <source>Gregorian (European) calendar</source>
        <translation>Gregoriaanse (Europese) kalender</translation>
    </message>
    <message>
        <source>This day is after today. Please check the year.</source>
        <translation>Deze dag ligt na vandaag. Kijk het jaar nog eens na.</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>Use this date</source>
        <translation>Gebruik deze datum</translation>
    </message>
</context>
<context>
    <name>DeadlineCard</name>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>You may apply from: %1</source>
        <translation>U mag aanvragen vanaf: %1</translation>
    </message>
    <message>
        <source>Last day: %1</source>
        <translation>Laatste dag: %1</translation>
    </message>
    <message>
        <source>This date is from your IND letter.</source>
        <translation>Deze datum komt uit uw IND-brief.</translation>
    </message>
    <message>
        <source>Reminders are paused for now.</source>
        <translation>Herinneringen staan even stil.</translation>
    </message>
    <message>
        <source>I did this</source>
        <translation>Dit heb ik gedaan</translation>
    </message>
    <message>
        <source>Remind me tomorrow</source>
        <translation>Herinner me morgen</translation>
    </message>
    <message>
        <source>Remind me in a week</source>
        <translation>Herinner me over een week</translation>
    </message>
    <message>
        <source>Delete this date</source>
        <translation>Deze datum wissen</translation>
    </message>
    <message>
        <source>The IND must decide by this day. You do not need to do anything for it.</source>
        <translation>De IND moet uiterlijk op deze dag beslissen. U hoeft hiervoor niets te doen.</translation>
    </message>
    <message>
        <source>I sent the application: enter the date</source>
        <translation>Ik heb de aanvraag verstuurd: vul de datum in</translation>
    </message>
    <message>
        <source>This happened: enter the date</source>
        <translation>Dit is gebeurd: vul de datum in</translation>
    </message>
    <message>
        <source>Undo: not done yet (removes the date of this step)</source>
        <translation>Ongedaan maken: nog niet gedaan (wist de datum van deze stap)</translation>
    </message>
    <message>
        <source>Undo: not done yet</source>
        <translation>Ongedaan maken: nog niet gedaan</translation>
    </message>
    <message>
        <source>You said in the questions about your family that the application is sent. To change this, change that answer.</source>
        <translation>U heeft bij de vragen over uw gezin gezegd dat de aanvraag is verstuurd. Wilt u dit veranderen? Verander dan dat antwoord.</translation>
    </message>
</context>
<context>
    <name>DeadlinesPage</name>
    <message>
        <source>Dates and deadlines</source>
        <translation>Datums en termijnen</translation>
    </message>
    <message>
        <source>Here you see your important dates, such as the last day to apply. First answer the questions about your family. Then Samen knows your dates and reminds you in time.</source>
        <translation>Hier ziet u uw belangrijke datums, zoals de laatste dag om aan te vragen. Beantwoord eerst de vragen over uw gezin. Dan kent Samen uw datums en herinnert u op tijd.</translation>
    </message>
    <message>
        <source>Start the questions</source>
        <translation>Begin met de vragen</translation>
    </message>
    <message>
        <source>Steps of the procedure</source>
        <translation>Stappen van de procedure</translation>
    </message>
    <message>
        <source>Enter the dates of each step. Samen counts the deadlines.</source>
        <translation>Vul de datum van elke stap in. Samen rekent de termijnen uit.</translation>
    </message>
    <message>
        <source>No dates yet. Enter the date on your IND letter in the questions, or the dates of the steps.</source>
        <translation>Nog geen datums. Vul bij de vragen de datum op uw IND-brief in, of de datums van de stappen.</translation>
    </message>
    <message>
        <source>Add a date from an IND letter</source>
        <translation>Datum uit een IND-brief toevoegen</translation>
    </message>
    <message>
        <source>Add to my calendar</source>
        <translation>Zet in mijn agenda</translation>
    </message>
    <message>
        <source>Samen saves a calendar file. This file is not locked: anyone with your phone can read it. It shows only &quot;Samen: a date to check&quot;, unless you chose more detail in Settings.</source>
        <translation>Samen bewaart een agendabestand. Dit bestand is niet op slot: iedereen met uw telefoon kan het lezen. Er staat alleen &quot;Samen: een datum om na te kijken&quot;, tenzij u bij Instellingen meer details koos.</translation>
    </message>
    <message>
        <source>Include my notes</source>
        <translation>Mijn notities meenemen</translation>
    </message>
    <message>
        <source>Save the file</source>
        <translation>Bestand bewaren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Agendabestanden (*.ics)</translation>
    </message>
    <message>
        <source>The dates are saved. Open the file with your calendar.</source>
        <translation>De datums zijn bewaard. Open het bestand met uw agenda.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Bewaar</translation>
    </message>
    <message>
        <source>Delete this date? Samen will not remind you of it any more.</source>
        <translation>Deze datum wissen? Samen herinnert u er dan niet meer aan.</translation>
    </message>
    <message>
        <source>This removes the date of this step (for the window: the day you sent the application). The deadline counts again. Are you sure?</source>
        <translation>Dit wist de datum van deze stap (bij de termijn: de dag dat u de aanvraag stuurde). De termijn telt dan weer. Weet u het zeker?</translation>
    </message>
    <message>
        <source>Delete the date</source>
        <translation>Wis de datum</translation>
    </message>
    <message>
        <source>Yes, remove the date</source>
        <translation>Ja, wis de datum</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>Demo with example data. PIN: %1</source>
        <translation>Demo met voorbeeldgegevens. Pincode: %1</translation>
    </message>
</context>
<context>
    <name>DocumentFiles</name>
    <message>
        <source>This page could not be deleted. Try again.</source>
        <translation>Deze pagina kon niet worden verwijderd. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The page is deleted.</source>
        <translation>De pagina is verwijderd.</translation>
    </message>
    <message>
        <source>This file cannot be opened. Choose another file.</source>
        <translation>Dit bestand kan niet worden geopend. Kies een ander bestand.</translation>
    </message>
    <message>
        <source>This file is empty. Choose another file.</source>
        <translation>Dit bestand is leeg. Kies een ander bestand.</translation>
    </message>
    <message>
        <source>This file is too big. The limit is %1 MB.</source>
        <translation>Dit bestand is te groot. De grens is %1 MB.</translation>
    </message>
    <message>
        <source>This picture is too large. Choose a smaller picture or take a photo.</source>
        <translation>Deze afbeelding is te groot. Kies een kleinere afbeelding of maak een foto.</translation>
    </message>
    <message>
        <source>This kind of file cannot be added. Choose a photo or a PDF file.</source>
        <translation>Dit soort bestand kan niet worden toegevoegd. Kies een foto of een pdf-bestand.</translation>
    </message>
    <message>
        <source>This picture is damaged. Choose another file or take a new photo.</source>
        <translation>Deze afbeelding is beschadigd. Kies een ander bestand of maak een nieuwe foto.</translation>
    </message>
    <message>
        <source>This PDF file is damaged. Choose another file.</source>
        <translation>Dit pdf-bestand is beschadigd. Kies een ander bestand.</translation>
    </message>
    <message>
        <source>The file could not be saved. Try again.</source>
        <translation>Het bestand kon niet worden bewaard. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The page is added.</source>
        <translation>De pagina is toegevoegd.</translation>
    </message>
    <message>
        <source>There is nothing to save yet.</source>
        <translation>Er is nog niets om te bewaren.</translation>
    </message>
    <message>
        <source>Choose another folder.</source>
        <translation>Kies een andere map.</translation>
    </message>
    <message>
        <source>The copies could not be saved there. Choose another folder.</source>
        <translation>De kopieën konden daar niet worden bewaard. Kies een andere map.</translation>
    </message>
    <message numerus="yes">
        <source>%n copies saved. Delete them after you have uploaded them.</source>
        <translation>
            <numerusform>%n kopie bewaard. Verwijder die nadat u hem heeft geüpload.</numerusform>
            <numerusform>%n kopieën bewaard. Verwijder ze nadat u ze heeft geüpload.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentFilesPage</name>
    <message>
        <source>Photos and files</source>
        <translation>Foto&apos;s en bestanden</translation>
    </message>
    <message>
        <source>Choose a photo or a PDF file</source>
        <translation>Kies een foto of een pdf-bestand</translation>
    </message>
    <message>
        <source>Photos and PDF files</source>
        <translation>Foto&apos;s en pdf-bestanden</translation>
    </message>
    <message>
        <source>Where do you want to save the copies?</source>
        <translation>Waar wilt u de kopieën bewaren?</translation>
    </message>
    <message>
        <source>The copies are not locked. Anyone who uses this phone can see them. Delete the copies after you have uploaded them to the IND website.</source>
        <translation>De kopieën zijn niet op slot. Iedereen die deze telefoon gebruikt, kan ze zien. Verwijder de kopieën nadat u ze op de website van de IND heeft gezet.</translation>
    </message>
    <message>
        <source>I understand. Choose a folder</source>
        <translation>Ik begrijp het. Kies een map</translation>
    </message>
    <message>
        <source>Do you want to delete this page? You cannot undo this.</source>
        <translation>Wilt u deze pagina verwijderen? Dit kunt u niet ongedaan maken.</translation>
    </message>
    <message>
        <source>Delete the page</source>
        <translation>Verwijder de pagina</translation>
    </message>
    <message>
        <source>There are no papers here yet. First answer the questions about your family. Then Samen shows which papers each person needs, and you can add photos of them here.</source>
        <translation>Er zijn hier nog geen papieren. Beantwoord eerst de vragen over uw gezin. Dan laat Samen zien welke papieren elke persoon nodig heeft, en kunt u er hier foto&apos;s van toevoegen.</translation>
    </message>
    <message>
        <source>Answer the questions</source>
        <translation>Beantwoord de vragen</translation>
    </message>
    <message>
        <source>Photos and files you add here are locked inside Samen. They are not put in your phone&apos;s gallery.</source>
        <translation>Foto&apos;s en bestanden die u hier toevoegt, zitten op slot in Samen. Ze komen niet in de galerij van uw telefoon.</translation>
    </message>
    <message>
        <source>No photos or files of this paper yet.</source>
        <translation>Nog geen foto&apos;s of bestanden van dit papier.</translation>
    </message>
    <message>
        <source>Working on it. This can take a moment.</source>
        <translation>Bezig. Dit kan even duren.</translation>
    </message>
    <message>
        <source>Add photo or file</source>
        <translation>Foto of bestand toevoegen</translation>
    </message>
    <message>
        <source>Take a photo</source>
        <translation>Foto maken</translation>
    </message>
    <message>
        <source>Save copies of all papers of this person</source>
        <translation>Kopieën van alle papieren van deze persoon bewaren</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Choose this folder</source>
        <translation>Kies deze map</translation>
    </message>
</context>
<context>
    <name>DocumentPage</name>
    <message>
        <source>This person needs no papers for now.</source>
        <translation>Deze persoon heeft nu geen papieren nodig.</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>Voor: %1</translation>
    </message>
    <message>
        <source>Where is this paper now?</source>
        <translation>Waar is dit papier nu?</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Photos and files</source>
        <translation>Foto&apos;s en bestanden</translation>
    </message>
    <message>
        <source>Keep a photo or a PDF of this paper here. It stays locked inside this app, not in your gallery.</source>
        <translation>Bewaar hier een foto of pdf van dit papier. Het blijft op slot in deze app, niet in uw galerij.</translation>
    </message>
    <message>
        <source>See the photos and files</source>
        <translation>Bekijk de foto&apos;s en bestanden</translation>
    </message>
    <message>
        <source>Add a photo or file</source>
        <translation>Voeg een foto of bestand toe</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
</context>
<context>
    <name>DocumentTexts</name>
    <message>
        <source>A passport or ID card shows who this person is. The IND needs a copy.</source>
        <translation>Een paspoort of ID-kaart laat zien wie deze persoon is. De IND heeft een kopie nodig.</translation>
    </message>
    <message>
        <source>The official paper of your marriage. It shows that you were married before you came to the Netherlands.</source>
        <translation>Het officiële papier van uw huwelijk. Het laat zien dat u getrouwd was voordat u naar Nederland kwam.</translation>
    </message>
    <message>
        <source>You are not married. Show that you were already a couple before you came, for example with photos, letters or papers with both your names.</source>
        <translation>U bent niet getrouwd. Laat zien dat u en uw partner al een stel waren voordat u kwam, bijvoorbeeld met foto&apos;s, brieven of papieren met uw naam en de naam van uw partner.</translation>
    </message>
    <message>
        <source>The birth certificate shows who the parents are. It proves that you are family.</source>
        <translation>De geboorteakte laat zien wie de ouders zijn. Zo bewijst u dat u familie van elkaar bent.</translation>
    </message>
    <message>
        <source>The official papers of the adoption. They show that the child is legally yours.</source>
        <translation>De officiële papieren van de adoptie. Ze laten zien dat het kind volgens de wet uw kind is.</translation>
    </message>
    <message>
        <source>Papers or other proof that the child already lived with your family before you fled.</source>
        <translation>Papieren of ander bewijs dat het kind al bij uw gezin woonde voordat u vluchtte.</translation>
    </message>
    <message>
        <source>The child&apos;s other parent stays behind. That parent must write and sign that the child may go to the Netherlands.</source>
        <translation>De andere ouder van het kind blijft achter. Die ouder moet opschrijven en tekenen dat het kind naar Nederland mag.</translation>
    </message>
    <message>
        <source>From age 12, the IND may ask for a paper from the police. It says if this person has a criminal record.</source>
        <translation>Vanaf 12 jaar kan de IND om een papier van de politie vragen. Daarop staat of deze persoon een strafblad heeft.</translation>
    </message>
    <message>
        <source>From age 15, the IND may ask for a paper that says if this person is married or not.</source>
        <translation>Vanaf 15 jaar kan de IND om een papier vragen waarop staat of deze persoon getrouwd is of niet.</translation>
    </message>
    <message>
        <source>Papers that are not in Dutch, English, French or German must be translated by a sworn translator.</source>
        <translation>Papieren die niet in het Nederlands, Engels, Frans of Duits zijn, moeten vertaald worden door een beëdigd vertaler.</translation>
    </message>
    <message>
        <source>No papers? Send other proof of who this person is, for example an old ID, a school paper or a camp registration. Tell the IND why the passport is missing.</source>
        <translation>Geen papieren? Stuur ander bewijs van wie deze persoon is, bijvoorbeeld een oude ID, een schoolpapier of een inschrijving in een kamp. Vertel de IND waarom het paspoort ontbreekt.</translation>
    </message>
    <message>
        <source>No papers? Send other proof that you are family, for example photos, a vaccination booklet or a camp registration. The IND may offer a DNA test or an interview.</source>
        <translation>Geen papieren? Stuur ander bewijs dat u familie van elkaar bent, bijvoorbeeld foto&apos;s, een vaccinatieboekje of een inschrijving in een kamp. De IND kan een DNA-test of een gesprek aanbieden.</translation>
    </message>
    <message>
        <source>From Syria: the Syrian ID card or a passport.</source>
        <translation>Uit Syrië: de Syrische ID-kaart of een paspoort.</translation>
    </message>
    <message>
        <source>From Eritrea: the Eritrean ID card or a passport.</source>
        <translation>Uit Eritrea: de Eritrese ID-kaart of een paspoort.</translation>
    </message>
    <message>
        <source>From Afghanistan: the tazkira (ID paper) or a passport.</source>
        <translation>Uit Afghanistan: de tazkira (identiteitspapier) of een paspoort.</translation>
    </message>
    <message>
        <source>From Somalia: a passport or ID card if there is one. If not, read &quot;No papers?&quot;.</source>
        <translation>Uit Somalië: een paspoort of ID-kaart als die er is. Zo niet, lees dan &quot;Geen papieren?&quot;.</translation>
    </message>
    <message>
        <source>From Yemen: a passport or ID card.</source>
        <translation>Uit Jemen: een paspoort of ID-kaart.</translation>
    </message>
    <message>
        <source>From Syria: the marriage certificate and the family booklet.</source>
        <translation>Uit Syrië: de huwelijksakte en het familieboekje.</translation>
    </message>
    <message>
        <source>From Afghanistan: the nikah-nama (marriage paper).</source>
        <translation>Uit Afghanistan: de nikah-nama (huwelijkspapier).</translation>
    </message>
    <message>
        <source>From Eritrea: the marriage paper or a certificate from the church.</source>
        <translation>Uit Eritrea: het huwelijkspapier of een verklaring van de kerk.</translation>
    </message>
    <message>
        <source>From Somalia: a marriage certificate if there is one. If not, read &quot;No papers?&quot;.</source>
        <translation>Uit Somalië: een huwelijksakte als die er is. Zo niet, lees dan &quot;Geen papieren?&quot;.</translation>
    </message>
    <message>
        <source>From Yemen: the marriage certificate.</source>
        <translation>Uit Jemen: de huwelijksakte.</translation>
    </message>
    <message>
        <source>From Syria: the birth certificate and the family booklet.</source>
        <translation>Uit Syrië: de geboorteakte en het familieboekje.</translation>
    </message>
    <message>
        <source>From Eritrea: the birth certificate or a certificate from the church.</source>
        <translation>Uit Eritrea: de geboorteakte of een verklaring van de kerk.</translation>
    </message>
    <message>
        <source>From Somalia: a birth certificate if there is one. If not, read &quot;No papers?&quot;.</source>
        <translation>Uit Somalië: een geboorteakte als die er is. Zo niet, lees dan &quot;Geen papieren?&quot;.</translation>
    </message>
    <message>
        <source>From Yemen: the birth certificate.</source>
        <translation>Uit Jemen: de geboorteakte.</translation>
    </message>
    <message>
        <source>Passport or ID card</source>
        <translation>Paspoort of ID-kaart</translation>
    </message>
    <message>
        <source>Marriage certificate</source>
        <translation>Huwelijksakte</translation>
    </message>
    <message>
        <source>Proof of your relationship</source>
        <translation>Bewijs van uw relatie</translation>
    </message>
    <message>
        <source>Birth certificate</source>
        <translation>Geboorteakte</translation>
    </message>
    <message>
        <source>Adoption papers</source>
        <translation>Adoptiepapieren</translation>
    </message>
    <message>
        <source>Proof of foster care</source>
        <translation>Bewijs van pleegzorg</translation>
    </message>
    <message>
        <source>Consent of the other parent</source>
        <translation>Toestemming van de andere ouder</translation>
    </message>
    <message>
        <source>Police certificate</source>
        <translation>Verklaring van de politie</translation>
    </message>
    <message>
        <source>Proof of marital status</source>
        <translation>Bewijs van burgerlijke staat</translation>
    </message>
    <message>
        <source>Sworn translations</source>
        <translation>Beëdigde vertalingen</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Ontbreekt</translation>
    </message>
    <message>
        <source>Asked for</source>
        <translation>Aangevraagd</translation>
    </message>
    <message>
        <source>I have it</source>
        <translation>Ik heb het</translation>
    </message>
    <message>
        <source>Translated</source>
        <translation>Vertaald</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>From Afghanistan: a birth certificate if there is one. If not, read &quot;No papers?&quot;.</source>
        <translation>Uit Afghanistan: een geboorteakte als die er is. Zo niet, lees dan &quot;Geen papieren?&quot;.</translation>
    </message>
    <message>
        <source>The regular route costs a fee (leges). Nareis is free. The IND website gives the amount; Samen does not, because it changes.</source>
        <translation>Voor de gewone route betaalt u leges. Nareis is gratis. Het bedrag staat op de website van de IND; niet in Samen, want het verandert.</translation>
    </message>
    <message>
        <source>On the regular route your family member may first have to pass the civic integration exam abroad (basisexamen inburgering buitenland).</source>
        <translation>Bij de gewone route moet uw familielid misschien eerst slagen voor het basisexamen inburgering buitenland.</translation>
    </message>
    <message>
        <source>On the regular route you must show enough income of your own and a home. Keep your pay slips and your rental contract.</source>
        <translation>Bij de gewone route moet u laten zien dat u genoeg eigen inkomen en een woning heeft. Bewaar uw loonstroken en uw huurcontract.</translation>
    </message>
    <message>
        <source>On the regular route your family member needs health insurance from the day of arrival.</source>
        <translation>Bij de gewone route heeft uw familielid vanaf de dag van aankomst een zorgverzekering nodig.</translation>
    </message>
    <message>
        <source>On the regular route the IND usually asks for legalised documents: stamps of the country that made the paper and of the Dutch embassy.</source>
        <translation>Bij de gewone route vraagt de IND meestal gelegaliseerde documenten: stempels van het land dat het papier maakte en van de Nederlandse ambassade.</translation>
    </message>
    <message>
        <source>Fee for the regular route</source>
        <translation>Leges voor de gewone route</translation>
    </message>
    <message>
        <source>Civic integration exam abroad</source>
        <translation>Basisexamen inburgering buitenland</translation>
    </message>
    <message>
        <source>Proof of income and a home</source>
        <translation>Bewijs van inkomen en woning</translation>
    </message>
    <message>
        <source>Health insurance</source>
        <translation>Zorgverzekering</translation>
    </message>
    <message>
        <source>Legalised documents</source>
        <translation>Gelegaliseerde documenten</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Show that you lived together before you came, for example with photos, letters to the same address or a rental contract.</source>
        <translation>Laat zien dat u en uw man of vrouw samenwoonden voordat u kwam, bijvoorbeeld met foto&apos;s, brieven aan hetzelfde adres of een huurcontract.</translation>
    </message>
    <message>
        <source>Cannot get it, for example because the other parent has died or cannot be found? Write down why, and send what shows it, such as a death certificate.</source>
        <translation>Lukt het niet, bijvoorbeeld omdat de andere ouder is overleden of niet te vinden is? Schrijf op waarom, en stuur mee wat dat laat zien, zoals een overlijdensakte.</translation>
    </message>
    <message>
        <source>Proof that you lived together</source>
        <translation>Bewijs dat u samenwoonde</translation>
    </message>
</context>
<context>
    <name>EligibilityPage</name>
    <message>
        <source>Who can come?</source>
        <translation>Wie mag komen?</translation>
    </message>
    <message>
        <source>Answer simple questions, one at a time. Then Samen shows who in your family can come, and by which date you must apply.</source>
        <translation>Beantwoord eenvoudige vragen, één voor één. Dan laat Samen zien wie van uw familie kan komen, en voor welke datum u moet aanvragen.</translation>
    </message>
    <message>
        <source>If you do not know an answer, choose &quot;I don&apos;t know&quot;. You can go back and change an answer at any time.</source>
        <translation>Weet u een antwoord niet? Kies dan &quot;Ik weet het niet&quot;. U kunt altijd teruggaan en een antwoord veranderen.</translation>
    </message>
    <message>
        <source>Start the questions</source>
        <translation>Begin met de vragen</translation>
    </message>
    <message>
        <source>Go on where you stopped</source>
        <translation>Ga verder waar u was</translation>
    </message>
    <message>
        <source>See the result</source>
        <translation>Bekijk de uitkomst</translation>
    </message>
    <message>
        <source>Change answers or add a person</source>
        <translation>Antwoorden veranderen of iemand toevoegen</translation>
    </message>
    <message>
        <source>Start again (delete all answers)</source>
        <translation>Opnieuw beginnen (alle antwoorden wissen)</translation>
    </message>
    <message>
        <source>All your answers will be deleted. Are you sure?</source>
        <translation>Al uw antwoorden worden gewist. Weet u het zeker?</translation>
    </message>
    <message>
        <source>Yes, delete all answers</source>
        <translation>Ja, wis alle antwoorden</translation>
    </message>
</context>
<context>
    <name>ErasePage</name>
    <message>
        <source>Erase everything</source>
        <translation>Alles wissen</translation>
    </message>
    <message>
        <source>Make a backup first, so that you can get your information back later.</source>
        <translation>Maak eerst een back-up, zodat u uw gegevens later terug kunt krijgen.</translation>
    </message>
    <message>
        <source>Make a backup first</source>
        <translation>Eerst een back-up maken</translation>
    </message>
    <message>
        <source>I understand that this cannot be undone.</source>
        <translation>Ik begrijp dat dit niet ongedaan kan worden.</translation>
    </message>
    <message>
        <source>Erasing.</source>
        <translation>Bezig met wissen.</translation>
    </message>
    <message>
        <source>This removes all your information from Samen: answers, family, papers and dates. It cannot be undone.</source>
        <translation>Dit wist al uw gegevens uit Samen: antwoorden, gezin, papieren en datums. Dit kunt u niet ongedaan maken.</translation>
    </message>
</context>
<context>
    <name>FamilyController</name>
    <message>
        <source>Not in the eligibility questions</source>
        <translation>Niet in de vragen over wie kan komen</translation>
    </message>
    <message>
        <source>Turns 18 on %1. Send the application before that day if you can: the age on the day you apply counts.</source>
        <translation>Wordt 18 op %1. Stuur de aanvraag als het kan voor die dag: de leeftijd op de dag van de aanvraag telt.</translation>
    </message>
    <message>
        <source>No papers on the list</source>
        <translation>Geen papieren op de lijst</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 papers ready</source>
        <translation>
            <numerusform>%1 van %2 papier klaar</numerusform>
            <numerusform>%1 van %2 papieren klaar</numerusform>
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
        <translation>Nog geen gezinsleden. Voeg ze toe met de vragen over uw familie. Daarna ziet u hier welke papieren elke persoon nodig heeft.</translation>
    </message>
    <message>
        <source>Add a family member</source>
        <translation>Voeg een gezinslid toe</translation>
    </message>
</context>
<context>
    <name>FamilyPage</name>
    <message>
        <source>Tap a person to see which papers they need.</source>
        <translation>Tik op een persoon om te zien welke papieren nodig zijn.</translation>
    </message>
    <message>
        <source>Add a family member</source>
        <translation>Voeg een gezinslid toe</translation>
    </message>
    <message>
        <source>Family and papers</source>
        <translation>Gezin en papieren</translation>
    </message>
</context>
<context>
    <name>FileDetails</name>
    <message>
        <source>%1 KB</source>
        <translation>%1 kB</translation>
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
        <translation>Pincode vergeten?</translation>
    </message>
    <message>
        <source>Without your PIN, Samen cannot open your information. Nobody can, not even the makers of Samen.</source>
        <translation>Zonder uw pincode kan Samen uw gegevens niet openen. Niemand kan dat, ook de makers van Samen niet.</translation>
    </message>
    <message>
        <source>You can erase everything and start again. If you made a backup, you can restore it after that, with its backup password.</source>
        <translation>U kunt alles wissen en opnieuw beginnen. Als u een back-up heeft gemaakt, kunt u die daarna terugzetten met het back-upwachtwoord.</translation>
    </message>
    <message>
        <source>Erase everything and start again</source>
        <translation>Alles wissen en opnieuw beginnen</translation>
    </message>
</context>
<context>
    <name>GlossaryPage</name>
    <message>
        <source>Dutch words</source>
        <translation>Nederlandse woorden</translation>
    </message>
    <message>
        <source>Find a word</source>
        <translation>Zoek een woord</translation>
    </message>
    <message>
        <source>No word found. Try fewer letters.</source>
        <translation>Geen woord gevonden. Probeer minder letters.</translation>
    </message>
    <message>
        <source>These words are in Dutch on your letters. Here they are explained.</source>
        <translation>Deze woorden staan in het Nederlands in uw brieven. Hier leest u wat ze betekenen.</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>Help and contacts</source>
        <translation>Hulp en contact</translation>
    </message>
    <message>
        <source>These organisations can help you. Samen shows a phone number or opening hours only where an official source gives them.</source>
        <translation>Deze organisaties kunnen u helpen. Samen toont een telefoonnummer of openingstijden alleen als een officiële bron ze noemt.</translation>
    </message>
    <message>
        <source>Rules and numbers as of %1.</source>
        <translation>Regels en nummers gecontroleerd op %1.</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Telefoon: %1</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Bellen</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>%1 bellen</translation>
    </message>
    <message>
        <source>This device cannot make calls. Copy the number and call it from a phone.</source>
        <translation>Dit apparaat kan niet bellen. Kopieer het nummer en bel het met een telefoon.</translation>
    </message>
    <message>
        <source>Copy the number</source>
        <translation>Nummer kopiëren</translation>
    </message>
    <message>
        <source>Copy the number of %1</source>
        <translation>Nummer van %1 kopiëren</translation>
    </message>
    <message>
        <source>The number is copied. You can paste it in the phone app.</source>
        <translation>Het nummer is gekopieerd. U kunt het in de telefoon-app plakken.</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adres: %1</translation>
    </message>
    <message>
        <source>Open:</source>
        <translation>Open:</translation>
    </message>
    <message>
        <source>As of %1.</source>
        <translation>Gecontroleerd op %1.</translation>
    </message>
</context>
<context>
    <name>HelperController</name>
    <message>
        <source>Open Samen with your PIN first.</source>
        <translation>Open Samen eerst met uw pincode.</translation>
    </message>
</context>
<context>
    <name>HelperPage</name>
    <message>
        <source>Show to a helper</source>
        <translation>Laten zien aan een helper</translation>
    </message>
    <message>
        <source>Where do you want to save the PDF?</source>
        <translation>Waar wilt u de pdf bewaren?</translation>
    </message>
    <message>
        <source>Show a short summary of your family, your deadlines and your papers to a volunteer, a social worker or a lawyer. It is in Dutch or English. They can only read it.</source>
        <translation>Laat een korte samenvatting van uw gezin, uw termijnen en uw papieren zien aan een vrijwilliger, een maatschappelijk werker of een advocaat. Die is in het Nederlands of Engels. Zij kunnen die alleen lezen.</translation>
    </message>
    <message>
        <source>To close the summary, your PIN is needed. So you can give your phone to the helper.</source>
        <translation>Om de samenvatting te sluiten is uw pincode nodig. Zo kunt u uw telefoon aan de helper geven.</translation>
    </message>
    <message>
        <source>Open Samen with your PIN first.</source>
        <translation>Open Samen eerst met uw pincode.</translation>
    </message>
    <message>
        <source>Show the summary</source>
        <translation>Toon de samenvatting</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Bewaar als pdf</translation>
    </message>
    <message>
        <source>The PDF file is not locked with your PIN. Anyone who has the file can read it. Save it only where you choose, and delete it when you do not need it any more.</source>
        <translation>Het pdf-bestand is niet beveiligd met uw pincode. Iedereen die het bestand heeft, kan het lezen. Bewaar het alleen waar u kiest, en verwijder het als u het niet meer nodig heeft.</translation>
    </message>
    <message>
        <source>The PDF is saved.</source>
        <translation>De pdf is bewaard.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Bewaar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>HelperViewPage</name>
    <message>
        <source>Close the summary (PIN needed)</source>
        <translation>Sluit de samenvatting (pincode nodig)</translation>
    </message>
    <message>
        <source>Type your password to close the summary</source>
        <translation>Typ uw wachtwoord om de samenvatting te sluiten</translation>
    </message>
    <message>
        <source>Type your PIN to close the summary</source>
        <translation>Typ uw pincode om de samenvatting te sluiten</translation>
    </message>
    <message>
        <source>Close the summary</source>
        <translation>Sluit de samenvatting</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Bring your family to the Netherlands, step by step.</source>
        <translation>Haal uw gezin naar Nederland, stap voor stap.</translation>
    </message>
    <message>
        <source>Who can come?</source>
        <translation>Wie mag komen?</translation>
    </message>
    <message>
        <source>Answer simple questions about your family.</source>
        <translation>Beantwoord eenvoudige vragen over uw gezin.</translation>
    </message>
    <message>
        <source>The papers each person needs.</source>
        <translation>De papieren die elke persoon nodig heeft.</translation>
    </message>
    <message>
        <source>Dates and deadlines</source>
        <translation>Datums en termijnen</translation>
    </message>
    <message>
        <source>Show to a helper</source>
        <translation>Laten zien aan een helper</translation>
    </message>
    <message>
        <source>A short summary in Dutch for a volunteer.</source>
        <translation>Een korte samenvatting in het Nederlands voor een vrijwilliger.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Language, and about this app.</source>
        <translation>Taal, en over deze app.</translation>
    </message>
    <message>
        <source>What now?</source>
        <translation>Wat nu?</translation>
    </message>
    <message>
        <source>Next date: %1</source>
        <translation>Volgende datum: %1</translation>
    </message>
    <message>
        <source>Last day: %1</source>
        <translation>Laatste dag: %1</translation>
    </message>
    <message>
        <source>See all dates</source>
        <translation>Bekijk alle datums</translation>
    </message>
    <message>
        <source>You may apply from: %1</source>
        <translation>U mag aanvragen vanaf: %1</translation>
    </message>
    <message numerus="yes">
        <source>Please answer %n new question(s). Then Samen checks again what the new rules mean for your family.</source>
        <translation>
            <numerusform>Beantwoord %n nieuwe vraag. Dan kijkt Samen opnieuw wat de nieuwe regels voor uw gezin betekenen.</numerusform>
            <numerusform>Beantwoord %n nieuwe vragen. Dan kijkt Samen opnieuw wat de nieuwe regels voor uw gezin betekenen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your earlier answer stays on each person&apos;s page. Show this to a volunteer or a lawyer.</source>
        <translation>Het eerdere antwoord blijft op de pagina van elke persoon staan. Laat dit zien aan een vrijwilliger of een advocaat.</translation>
    </message>
    <message>
        <source>Answer the new questions</source>
        <translation>De nieuwe vragen beantwoorden</translation>
    </message>
    <message>
        <source>I have read this</source>
        <translation>Ik heb dit gelezen</translation>
    </message>
    <message>
        <source>See the papers</source>
        <translation>Bekijk de papieren</translation>
    </message>
    <message>
        <source>Family and papers</source>
        <translation>Gezin en papieren</translation>
    </message>
    <message>
        <source>A letter from the IND came</source>
        <translation>Er kwam een brief van de IND</translation>
    </message>
    <message numerus="yes">
        <source>%Ln paper(s) still missing.</source>
        <translation>
            <numerusform>Nog %Ln papier ontbreekt.</numerusform>
            <numerusform>Nog %Ln papieren ontbreken.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reminder: %1</source>
        <translation>Herinnering: %1</translation>
    </message>
    <message>
        <source>Help, words and costs</source>
        <translation>Hulp, woorden en kosten</translation>
    </message>
    <message>
        <source>Who can help, Dutch words explained, what costs money.</source>
        <translation>Wie kan helpen, Nederlandse woorden uitgelegd, wat geld kost.</translation>
    </message>
    <message>
        <source>Everything in time. Samen reminds you.</source>
        <translation>Alles op tijd. Samen herinnert u eraan.</translation>
    </message>
</context>
<context>
    <name>HomeStatus</name>
    <message numerus="yes">
        <source>%Ln more</source>
        <translation>
            <numerusform>%Ln andere</numerusform>
            <numerusform>%Ln anderen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterviewController</name>
    <message>
        <source>Samen can keep up to %1 people. Remove a person before you add another one.</source>
        <translation>Samen kan tot %1 personen bewaren. Verwijder eerst iemand voordat u iemand anders toevoegt.</translation>
    </message>
</context>
<context>
    <name>InterviewPage</name>
    <message>
        <source>Who can come?</source>
        <translation>Wie mag komen?</translation>
    </message>
    <message>
        <source>The rules could not be loaded. Please install the app again.</source>
        <translation>De regels konden niet worden geladen. Installeer de app opnieuw.</translation>
    </message>
    <message>
        <source>About: %1</source>
        <translation>Over: %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>I don&apos;t know</source>
        <translation>Ik weet het niet</translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation>Vorige vraag</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <source>Who do you want to bring?</source>
        <translation>Wie wilt u laten overkomen?</translation>
    </message>
    <message>
        <source>Choose one person. You can add more people after the questions about this person.</source>
        <translation>Kies één persoon. Na de vragen over deze persoon kunt u meer mensen toevoegen.</translation>
    </message>
    <message>
        <source>See the result</source>
        <translation>Bekijk de uitkomst</translation>
    </message>
    <message>
        <source>Choose a person</source>
        <translation>Kies een persoon</translation>
    </message>
    <message>
        <source>Add another person</source>
        <translation>Nog iemand toevoegen</translation>
    </message>
    <message>
        <source>You added these people. Tap a person to check or change their answers. Add another person, or see the result.</source>
        <translation>U heeft deze mensen toegevoegd. Tik op een persoon om de antwoorden na te kijken of te veranderen. Voeg iemand toe, of bekijk de uitkomst.</translation>
    </message>
    <message>
        <source>Name of %1 (you may leave it empty)</source>
        <translation>Naam van %1 (mag leeg blijven)</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>This deletes %1 with their answers, papers, dates and reminders, and %Ln photo(s) or file(s) of their papers. You cannot undo this.</source>
        <translation>
            <numerusform>Dit verwijdert %1 met de antwoorden, papieren, datums en herinneringen, en %Ln foto of bestand van de papieren. Dit kunt u niet ongedaan maken.</numerusform>
            <numerusform>Dit verwijdert %1 met de antwoorden, papieren, datums en herinneringen, en %Ln foto&apos;s of bestanden van de papieren. Dit kunt u niet ongedaan maken.</numerusform>
        </translation>
    </message>
    <message>
        <source>This deletes %1 with their answers, papers, dates and reminders. You cannot undo this.</source>
        <translation>Dit verwijdert %1 met de antwoorden, papieren, datums en herinneringen. Dit kunt u niet ongedaan maken.</translation>
    </message>
    <message numerus="yes">
        <source>Remove this person and %Ln photo(s)</source>
        <translation>
            <numerusform>Verwijder deze persoon en %Ln foto</numerusform>
            <numerusform>Verwijder deze persoon en %Ln foto&apos;s</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes, remove this person</source>
        <translation>Ja, verwijder deze persoon</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>Over u</translation>
    </message>
</context>
<context>
    <name>InterviewTexts</name>
    <message>
        <source>Family member</source>
        <translation>Familielid</translation>
    </message>
    <message>
        <source>Rules as of %1</source>
        <translation>Regels van %1</translation>
    </message>
    <message>
        <source>Checked on %1</source>
        <translation>Nagekeken op %1</translation>
    </message>
    <message>
        <source>You applied on %1. That was after the 3 months, which ended on %2.</source>
        <translation>U heeft aangevraagd op %1. Dat was na de 3 maanden, die eindigden op %2.</translation>
    </message>
    <message>
        <source>You applied on %1, within the 3 months.</source>
        <translation>U heeft aangevraagd op %1, binnen de 3 maanden.</translation>
    </message>
    <message>
        <source>The 3 months ended on %1. This is hard news, but there are still ways. A husband, wife or child can come through the regular route, and a lawyer can check if the IND may accept a late application. Talk to a volunteer soon.</source>
        <translation>De 3 maanden zijn geëindigd op %1. Dat is moeilijk nieuws, maar er zijn nog mogelijkheden. Een man, vrouw of kind kan komen via de gewone route, en een advocaat kan kijken of de IND een late aanvraag accepteert. Praat snel met een vrijwilliger.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days left. Last day to apply: %1.</source>
        <translation>
            <numerusform>Nog %Ln dag. Laatste dag om aan te vragen: %1.</numerusform>
            <numerusform>Nog %Ln dagen. Laatste dag om aan te vragen: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The 3 months end on %1. That day is a Saturday, a Sunday or a public holiday, so the last day moves to the next working day. Do not wait for it: apply before %1 if you can.</source>
        <translation>De 3 maanden eindigen op %1. Dat is een zaterdag, een zondag of een feestdag, daarom schuift de laatste dag op naar de volgende werkdag. Wacht daar niet op: vraag als het kan aan vóór %1.</translation>
    </message>
    <message>
        <source>Apply today. Today is the last day.</source>
        <translation>Vraag vandaag aan. Vandaag is de laatste dag.</translation>
    </message>
    <message>
        <source>The rules changed on 12 June 2026. The day you apply decides which rules count for your family.</source>
        <translation>Op 12 juni (6) 2026 zijn de regels veranderd. De dag waarop u aanvraagt bepaalt welke regels voor uw familie gelden.</translation>
    </message>
    <message>
        <source>When were you born?</source>
        <translation>Wanneer bent u geboren?</translation>
    </message>
    <message>
        <source>Some rules depend on your age. Young people who came alone have extra rights.</source>
        <translation>Sommige regels hangen af van uw leeftijd. Jongeren die alleen kwamen hebben extra rechten.</translation>
    </message>
    <message>
        <source>Did you come to the Netherlands alone, before you were 18? Alone means without your father or mother.</source>
        <translation>Kwam u alleen naar Nederland, voordat u 18 was? Alleen betekent: zonder uw vader of moeder.</translation>
    </message>
    <message>
        <source>A child who came alone may bring their parents and their young brothers and sisters.</source>
        <translation>Een kind dat alleen kwam, mag zijn ouders en jonge broers en zussen laten overkomen.</translation>
    </message>
    <message>
        <source>On which day did you ask for asylum in the Netherlands?</source>
        <translation>Op welke dag vroeg u asiel aan in Nederland?</translation>
    </message>
    <message>
        <source>Which date is on the IND letter that gave you asylum?</source>
        <translation>Welke datum staat op de brief van de IND waarin u asiel kreeg?</translation>
    </message>
    <message>
        <source>You have 3 months from this date to apply for your family with nareis. After that it is much harder.</source>
        <translation>Vanaf deze datum heeft u 3 maanden om nareis aan te vragen voor uw familie. Daarna is het veel moeilijker.</translation>
    </message>
    <message>
        <source>Which protection did you get?</source>
        <translation>Welke bescherming heeft u gekregen?</translation>
    </message>
    <message>
        <source>Which country are you from?</source>
        <translation>Uit welk land komt u?</translation>
    </message>
    <message>
        <source>Each country has its own papers. We use this to tell you which papers your family can get.</source>
        <translation>Elk land heeft eigen papieren. Hiermee vertellen we welke papieren uw familie kan krijgen.</translation>
    </message>
    <message>
        <source>Who is this person to you?</source>
        <translation>Wie is deze persoon voor u?</translation>
    </message>
    <message>
        <source>The rules are different for a husband or wife, a child, a parent, and a brother or sister.</source>
        <translation>De regels zijn anders voor een man of vrouw, een kind, een ouder, en een broer of zus.</translation>
    </message>
    <message>
        <source>When was this person born?</source>
        <translation>Wanneer is deze persoon geboren?</translation>
    </message>
    <message>
        <source>Nareis is only for family that already existed before you came.</source>
        <translation>Nareis is alleen voor familie die er al was voordat u kwam.</translation>
    </message>
    <message>
        <source>Is this the husband, wife or partner you choose to bring?</source>
        <translation>Is dit de man, vrouw of partner die u kiest om te laten komen?</translation>
    </message>
    <message>
        <source>The law lets only one husband, wife or partner come. You choose who.</source>
        <translation>De wet laat maar één man, vrouw of partner komen. U kiest wie.</translation>
    </message>
    <message>
        <source>Who is the other parent of this child?</source>
        <translation>Wie is de andere ouder van dit kind?</translation>
    </message>
    <message>
        <source>For a child of a partner who cannot come, you may need advice.</source>
        <translation>Voor een kind van een partner die niet kan komen, heeft u misschien advies nodig.</translation>
    </message>
    <message>
        <source>Is this person married?</source>
        <translation>Is deze persoon getrouwd?</translation>
    </message>
    <message>
        <source>A child who is 18 or older and married cannot come with nareis.</source>
        <translation>Een kind van 18 of ouder dat getrouwd is, kan niet komen met nareis.</translation>
    </message>
    <message>
        <source>Does this person have a partner of their own?</source>
        <translation>Heeft deze persoon zelf een partner?</translation>
    </message>
    <message>
        <source>A child who is 18 or older and has a partner cannot come with nareis.</source>
        <translation>Een kind van 18 of ouder met een partner kan niet komen met nareis.</translation>
    </message>
    <message>
        <source>Does the other parent of this child stay behind?</source>
        <translation>Blijft de andere ouder van dit kind achter?</translation>
    </message>
    <message>
        <source>Then that parent must give written permission for the child to come. We put it on the list of papers.</source>
        <translation>Dan moet die ouder schriftelijk toestemming geven dat het kind komt. We zetten dat op de lijst met papieren.</translation>
    </message>
    <message>
        <source>Did you tell the IND about this person during your asylum procedure?</source>
        <translation>Heeft u de IND over deze persoon verteld tijdens uw asielprocedure?</translation>
    </message>
    <message>
        <source>If the IND never heard of this person, they may doubt that you are family.</source>
        <translation>Als de IND nooit van deze persoon hoorde, twijfelt de IND misschien of u familie van elkaar bent.</translation>
    </message>
    <message>
        <source>Only one husband, wife or partner can come. You chose someone else.</source>
        <translation>Er kan maar één man, vrouw of partner komen. U koos iemand anders.</translation>
    </message>
    <message>
        <source>This is your child, but the other parent is a partner who cannot come. The law is not clear here.</source>
        <translation>Dit is uw kind, maar de andere ouder is een partner die niet kan komen. De wet is hier niet duidelijk.</translation>
    </message>
    <message>
        <source>This child is not your own, and their parent is a partner who cannot come.</source>
        <translation>Dit is niet uw kind, en de ouder is een partner die niet kan komen.</translation>
    </message>
    <message>
        <source>A husband or wife can only come when both of you are 18 or older.</source>
        <translation>Een man of vrouw kan alleen komen als u allebei 18 of ouder bent.</translation>
    </message>
    <message>
        <source>You married after you came to the Netherlands. Then only the regular route is open.</source>
        <translation>U bent getrouwd nadat u naar Nederland kwam. Dan is alleen de gewone route open.</translation>
    </message>
    <message>
        <source>You were married before you came, and you are both 18 or older.</source>
        <translation>U en uw man of vrouw waren getrouwd voordat u kwam, en u bent allebei 18 of ouder.</translation>
    </message>
    <message>
        <source>Your relationship started after you came to the Netherlands. Then only the regular route is open.</source>
        <translation>Uw relatie begon nadat u naar Nederland kwam. Dan is alleen de gewone route open.</translation>
    </message>
    <message>
        <source>The child is under 18 and belonged to your family before you came.</source>
        <translation>Het kind is jonger dan 18 en hoorde bij uw gezin voordat u kwam.</translation>
    </message>
    <message>
        <source>The child is 18 or older and married or has a partner. Such a child cannot come with nareis.</source>
        <translation>Het kind is 18 of ouder en getrouwd of heeft een partner. Zo&apos;n kind kan niet komen met nareis.</translation>
    </message>
    <message>
        <source>You did not tell the IND about this person during your asylum procedure. The IND may doubt that you are family.</source>
        <translation>U heeft de IND tijdens uw asielprocedure niet over deze persoon verteld. De IND twijfelt misschien of u familie van elkaar bent.</translation>
    </message>
    <message>
        <source>The 3 months after your IND letter have passed. Now only the regular route is open, unless the IND accepts a good reason for the delay.</source>
        <translation>De 3 maanden na uw IND-brief zijn voorbij. Nu is alleen de gewone route open, tenzij de IND een goede reden voor de vertraging accepteert.</translation>
    </message>
    <message>
        <source>The 3 months after your IND letter have passed. For parents and brothers and sisters there is no regular route.</source>
        <translation>De 3 maanden na uw IND-brief zijn voorbij. Voor ouders en broers en zussen is er geen gewone route.</translation>
    </message>
    <message>
        <source>Parents and brothers and sisters can only come with nareis when you came alone as a child.</source>
        <translation>Ouders en broers en zussen kunnen alleen met nareis komen als u als kind alleen kwam.</translation>
    </message>
    <message>
        <source>You came alone as a child, so your parents may come. This is true even if you are 18 now.</source>
        <translation>U kwam als kind alleen, dus uw ouders mogen komen. Dat geldt ook als u nu 18 bent.</translation>
    </message>
    <message>
        <source>You came alone as a child, so your brothers and sisters under 18 may come.</source>
        <translation>U kwam als kind alleen, dus uw broers en zussen onder de 18 mogen komen.</translation>
    </message>
    <message>
        <source>This brother or sister is 18 or older. The law is not clear for them.</source>
        <translation>Deze broer of zus is 18 of ouder. De wet is voor hen niet duidelijk.</translation>
    </message>
    <message>
        <source>You have refugee status. You were married before you came, and you are both 18 or older.</source>
        <translation>U heeft de vluchtelingenstatus. U en uw man of vrouw waren getrouwd voordat u kwam, en u bent allebei 18 of ouder.</translation>
    </message>
    <message>
        <source>You have refugee status. The child is under 18 and belonged to your family before you came.</source>
        <translation>U heeft de vluchtelingenstatus. Het kind is jonger dan 18 en hoorde bij uw gezin voordat u kwam.</translation>
    </message>
    <message>
        <source>You came alone as a child and have subsidiary protection. The new law is not clear for this.</source>
        <translation>U kwam als kind alleen en heeft subsidiaire bescherming. De nieuwe wet is hierover niet duidelijk.</translation>
    </message>
    <message>
        <source>We do not know who this person is to you.</source>
        <translation>We weten niet wie deze persoon voor u is.</translation>
    </message>
    <message>
        <source>We do not know which protection you have. It is in your IND letter.</source>
        <translation>We weten niet welke bescherming u heeft. Dat staat in uw IND-brief.</translation>
    </message>
    <message>
        <source>We do not know the date of your IND letter, so we cannot count the 3 months.</source>
        <translation>We weten de datum van uw IND-brief niet, dus we kunnen de 3 maanden niet tellen.</translation>
    </message>
    <message>
        <source>We do not know your age.</source>
        <translation>We weten uw leeftijd niet.</translation>
    </message>
    <message>
        <source>We do not know how old you were when you asked for asylum.</source>
        <translation>We weten niet hoe oud u was toen u asiel aanvroeg.</translation>
    </message>
    <message>
        <source>We do not know if you came alone as a child.</source>
        <translation>We weten niet of u als kind alleen kwam.</translation>
    </message>
    <message>
        <source>We do not know the age of this person.</source>
        <translation>We weten de leeftijd van deze persoon niet.</translation>
    </message>
    <message>
        <source>We do not know if you were already family before you came.</source>
        <translation>We weten niet of u en deze persoon al familie waren voordat u kwam.</translation>
    </message>
    <message>
        <source>We do not know if you told the IND about this person.</source>
        <translation>We weten niet of u de IND over deze persoon heeft verteld.</translation>
    </message>
    <message>
        <source>We do not know if this person is married.</source>
        <translation>We weten niet of deze persoon getrouwd is.</translation>
    </message>
    <message>
        <source>We do not know if this person has a partner of their own.</source>
        <translation>We weten niet of deze persoon zelf een partner heeft.</translation>
    </message>
    <message>
        <source>We do not know which husband, wife or partner you choose.</source>
        <translation>We weten niet welke man, vrouw of partner u kiest.</translation>
    </message>
    <message>
        <source>Apply within 3 months after the date on your IND letter.</source>
        <translation>Vraag aan binnen 3 maanden na de datum op uw IND-brief.</translation>
    </message>
    <message>
        <source>Look at the IND letter that says you may stay (in Dutch: beschikking). The date is at the top of the first page, under the address of the IND. It is not the date on your residence card: that is the day you asked for asylum.</source>
        <translation>Kijk naar de brief van de IND waarin staat dat u mag blijven (de beschikking). De datum staat bovenaan de eerste bladzijde, onder het adres van de IND. Het is niet de datum op uw verblijfspas: dat is de dag waarop u asiel aanvroeg.</translation>
    </message>
    <message>
        <source>This date is on your residence card, after &quot;valid from&quot; (in Dutch: geldig vanaf).</source>
        <translation>Deze datum staat op uw verblijfspas, na &quot;geldig vanaf&quot;.</translation>
    </message>
    <message>
        <source>It is in your IND letter. &quot;Vluchteling&quot; means refugee status. &quot;Subsidiaire bescherming&quot; means subsidiary protection.</source>
        <translation>Het staat in uw IND-brief. &quot;Vluchteling&quot; betekent vluchtelingenstatus. &quot;Subsidiaire bescherming&quot; betekent subsidiaire bescherming.</translation>
    </message>
    <message>
        <source>Refugee status (a-status)</source>
        <translation>Vluchtelingenstatus (a-status)</translation>
    </message>
    <message>
        <source>Subsidiary protection (b-status)</source>
        <translation>Subsidiaire bescherming (b-status)</translation>
    </message>
    <message>
        <source>Syria</source>
        <translation>Syrië</translation>
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
        <translation>Somalië</translation>
    </message>
    <message>
        <source>Yemen</source>
        <translation>Jemen</translation>
    </message>
    <message>
        <source>Another country</source>
        <translation>Een ander land</translation>
    </message>
    <message>
        <source>Husband or wife</source>
        <translation>Man of vrouw</translation>
    </message>
    <message>
        <source>Partner (not married)</source>
        <translation>Partner (niet getrouwd)</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Adopted child</source>
        <translation>Geadopteerd kind</translation>
    </message>
    <message>
        <source>Foster child</source>
        <translation>Pleegkind</translation>
    </message>
    <message>
        <source>Child of your partner</source>
        <translation>Kind van uw partner</translation>
    </message>
    <message>
        <source>Father or mother</source>
        <translation>Vader of moeder</translation>
    </message>
    <message>
        <source>Brother or sister</source>
        <translation>Broer of zus</translation>
    </message>
    <message>
        <source>Can come with nareis</source>
        <translation>Kan komen met nareis</translation>
    </message>
    <message>
        <source>Only the regular route</source>
        <translation>Alleen de gewone route</translation>
    </message>
    <message>
        <source>Must wait</source>
        <translation>Moet wachten</translation>
    </message>
    <message>
        <source>Cannot come with nareis</source>
        <translation>Kan niet komen met nareis</translation>
    </message>
    <message>
        <source>Ask for advice</source>
        <translation>Vraag om advies</translation>
    </message>
    <message>
        <source>Apply before the deadline. Nareis is free and there is no income requirement. Start gathering the papers now.</source>
        <translation>Vraag aan voor de termijn voorbij is. Nareis is gratis en er is geen inkomenseis. Begin nu met het verzamelen van de papieren.</translation>
    </message>
    <message>
        <source>The regular route asks for an income, fees and health insurance. Talk to a volunteer or a lawyer before you apply.</source>
        <translation>De gewone route vraagt een inkomen, kosten en een zorgverzekering. Praat met een vrijwilliger of advocaat voordat u aanvraagt.</translation>
    </message>
    <message>
        <source>You cannot apply yet. Keep your papers ready, and talk to a volunteer about income and housing.</source>
        <translation>U kunt nog niet aanvragen. Houd uw papieren klaar, en praat met een vrijwilliger over inkomen en wonen.</translation>
    </message>
    <message>
        <source>If your situation is special, a lawyer can check it. You can find a lawyer through the Juridisch Loket.</source>
        <translation>Is uw situatie bijzonder? Dan kan een advocaat het nakijken. Een advocaat vindt u via het Juridisch Loket.</translation>
    </message>
    <message>
        <source>The rules are not clear for this situation. Show this screen to a volunteer of VluchtelingenWerk, or to a lawyer through the Juridisch Loket.</source>
        <translation>De regels zijn niet duidelijk voor deze situatie. Laat dit scherm zien aan een vrijwilliger van VluchtelingenWerk, of aan een advocaat via het Juridisch Loket.</translation>
    </message>
    <message>
        <source>This date is after the day you apply. Please check it.</source>
        <translation>Deze datum is na de dag waarop u aanvraagt. Kijk hem nog eens na.</translation>
    </message>
    <message>
        <source>You already chose another husband, wife or partner. Only one can come.</source>
        <translation>U heeft al een andere man, vrouw of partner gekozen. Er kan er maar één komen.</translation>
    </message>
    <message>
        <source>This date does not fit with a date you gave before. Please check both dates.</source>
        <translation>Deze datum past niet bij een datum die u eerder gaf. Kijk beide datums nog eens na.</translation>
    </message>
    <message>
        <source>This answer does not fit. Please check it.</source>
        <translation>Dit antwoord past niet. Kijk het nog eens na.</translation>
    </message>
    <message numerus="yes">
        <source>You can apply from about %1, in about %Ln days. Check the exact date with a lawyer.</source>
        <translation>
            <numerusform>U kunt aanvragen vanaf ongeveer %1, over ongeveer %Ln dag. Vraag een advocaat naar de precieze datum.</numerusform>
            <numerusform>U kunt aanvragen vanaf ongeveer %1, over ongeveer %Ln dagen. Vraag een advocaat naar de precieze datum.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can apply from about %1. Check the exact date with a lawyer.</source>
        <translation>U kunt aanvragen vanaf ongeveer %1. Vraag een advocaat naar de precieze datum.</translation>
    </message>
    <message>
        <source>If you came alone as a child, your age on that day counts. For a child of yours who is 18 or older now, the child&apos;s age on that day counts: a child who was under 18 then may still count as a child.</source>
        <translation>Kwam u als kind alleen? Dan telt uw leeftijd op die dag. Voor een kind van u dat nu 18 of ouder is, telt de leeftijd van het kind op die dag: een kind dat toen jonger dan 18 was, kan nog als kind tellen.</translation>
    </message>
    <message>
        <source>Some rules depend on age: under 18, or 18 and older.</source>
        <translation>Sommige regels hangen af van de leeftijd: jonger dan 18, of 18 en ouder.</translation>
    </message>
    <message>
        <source>Since 12 June 2026 the IND also uses the new, stricter rules for applications it had not decided yet. Whether the IND decided before that day changes which rules count for your family.</source>
        <translation>Sinds 12 juni (6) 2026 gebruikt de IND de nieuwe, strengere regels ook voor aanvragen waarover ze nog niet had beslist. Of de IND vóór die dag besliste, verandert welke regels voor uw familie gelden.</translation>
    </message>
    <message>
        <source>On which day did the IND decide on the application for your family?</source>
        <translation>Op welke dag heeft de IND beslist over de aanvraag voor uw familie?</translation>
    </message>
    <message>
        <source>A decision from before 12 June 2026 was made under the old rules. A later decision may use the new rules.</source>
        <translation>Een besluit van vóór 12 juni (6) 2026 is genomen met de oude regels. Een later besluit kan de nieuwe regels gebruiken.</translation>
    </message>
    <message>
        <source>Did you get your own residence permit through nareis, because a family member in the Netherlands asked for you?</source>
        <translation>Heeft u uw eigen verblijfsvergunning via nareis gekregen, omdat een familielid in Nederland die voor u aanvroeg?</translation>
    </message>
    <message>
        <source>Someone who came through nareis cannot bring family with nareis. Then a lawyer must look at your situation.</source>
        <translation>Wie via nareis kwam, kan geen familie laten overkomen met nareis. Dan moet een advocaat naar uw situatie kijken.</translation>
    </message>
    <message>
        <source>Do you live together with a new partner here in the Netherlands?</source>
        <translation>Woont u samen met een nieuwe partner hier in Nederland?</translation>
    </message>
    <message>
        <source>If you live with a new partner here, the IND may not let a husband, wife or partner from abroad come with nareis. Your answer stays on this phone. Nobody else sees it.</source>
        <translation>Woont u hier samen met een nieuwe partner? Dan laat de IND een man, vrouw of partner uit het buitenland misschien niet komen met nareis. Uw antwoord blijft op deze telefoon. Niemand anders ziet het.</translation>
    </message>
    <message>
        <source>Do you now have a husband, wife, partner or child of your own here in the Netherlands?</source>
        <translation>Heeft u nu hier in Nederland een eigen man, vrouw, partner of kind?</translation>
    </message>
    <message>
        <source>You came alone as a child. If you now have a family of your own here, the rules for bringing your parents can change. Then you need advice.</source>
        <translation>U kwam als kind alleen. Heeft u hier nu een eigen gezin? Dan kunnen de regels voor het laten overkomen van uw ouders veranderen. Dan heeft u advies nodig.</translation>
    </message>
    <message>
        <source>Is your marriage registered by the government, with an official marriage certificate? A wedding only in a mosque or church, or only with the families, is not registered.</source>
        <translation>Is uw huwelijk geregistreerd door de overheid, met een officiële huwelijksakte? Een bruiloft alleen in een moskee of kerk, of alleen met de families, is niet geregistreerd.</translation>
    </message>
    <message>
        <source>Under the new rules only a registered marriage counts as a marriage. For a religious or traditional marriage you need advice.</source>
        <translation>Onder de nieuwe regels telt alleen een geregistreerd huwelijk als huwelijk. Voor een religieus of traditioneel huwelijk heeft u advies nodig.</translation>
    </message>
    <message>
        <source>You came to the Netherlands through nareis yourself. Then you cannot bring family with nareis. A lawyer must look at your situation.</source>
        <translation>U bent zelf via nareis naar Nederland gekomen. Dan kunt u geen familie laten overkomen met nareis. Een advocaat moet naar uw situatie kijken.</translation>
    </message>
    <message>
        <source>You live with a new partner in the Netherlands. Then the IND may not let a husband, wife or partner from abroad come. A lawyer must look at this.</source>
        <translation>U woont samen met een nieuwe partner in Nederland. Dan laat de IND een man, vrouw of partner uit het buitenland misschien niet komen. Een advocaat moet hiernaar kijken.</translation>
    </message>
    <message>
        <source>You came alone as a child, and now you have a family of your own here. The IND may say that the bond with your parents is broken. Ask for advice.</source>
        <translation>U kwam als kind alleen, en nu heeft u hier een eigen gezin. De IND kan zeggen dat de band met uw ouders verbroken is. Vraag om advies.</translation>
    </message>
    <message>
        <source>The child is 18 or older now, but was under 18 on the day you asked for asylum, and you apply within the 3 months. Then the child still counts as a child (European Court of Justice, case C-279/20).</source>
        <translation>Het kind is nu 18 of ouder, maar was jonger dan 18 op de dag dat u asiel aanvroeg, en u vraagt aan binnen de 3 maanden. Dan telt het kind nog als kind (Europees Hof van Justitie, zaak C-279/20).</translation>
    </message>
    <message>
        <source>The child is 18 or older. The IND only says yes when the child depends on you much more than usual. The IND also looks at reasons against it: the child lives on their own, earns their own money, or has a child of their own.</source>
        <translation>Het kind is 18 of ouder. De IND zegt alleen ja als het kind veel meer dan normaal van u afhankelijk is. De IND kijkt ook naar redenen ertegen: het kind woont zelfstandig, verdient zelf geld, of heeft zelf een kind.</translation>
    </message>
    <message>
        <source>Since 12 June 2026 only a registered marriage counts. A religious or traditional marriage that was never registered is not enough for nareis. There may be other ways: see a lawyer.</source>
        <translation>Sinds 12 juni (6) 2026 telt alleen een geregistreerd huwelijk. Een religieus of traditioneel huwelijk dat nooit is geregistreerd, is niet genoeg voor nareis. Er zijn misschien andere mogelijkheden: ga naar een advocaat.</translation>
    </message>
    <message>
        <source>You came alone as a child. It is not yet sure if your brothers and sisters can still come under the new rules. Ask for advice.</source>
        <translation>U kwam als kind alleen. Het is nog niet zeker of uw broers en zussen onder de nieuwe regels nog kunnen komen. Vraag om advies.</translation>
    </message>
    <message>
        <source>We do not know if you got your own permit through nareis.</source>
        <translation>We weten niet of u uw eigen vergunning via nareis heeft gekregen.</translation>
    </message>
    <message>
        <source>We do not know if you live with a new partner in the Netherlands.</source>
        <translation>We weten niet of u samenwoont met een nieuwe partner in Nederland.</translation>
    </message>
    <message>
        <source>We do not know if you have a family of your own in the Netherlands.</source>
        <translation>We weten niet of u een eigen gezin heeft in Nederland.</translation>
    </message>
    <message>
        <source>We do not know if your marriage is registered.</source>
        <translation>We weten niet of uw huwelijk geregistreerd is.</translation>
    </message>
    <message>
        <source>We do not know the day you asked for asylum. For a child of 18 or older, the child&apos;s age on that day counts.</source>
        <translation>We weten de dag niet waarop u asiel aanvroeg. Voor een kind van 18 of ouder telt de leeftijd van het kind op die dag.</translation>
    </message>
    <message>
        <source>We do not know who the other parent of this child is. Under the new rules this matters.</source>
        <translation>We weten niet wie de andere ouder van dit kind is. Onder de nieuwe regels is dat belangrijk.</translation>
    </message>
    <message>
        <source>You apply before 12 June 2026, so the rules from before that day count.</source>
        <translation>U vraagt aan vóór 12 juni (6) 2026, dus de regels van vóór die dag gelden.</translation>
    </message>
    <message>
        <source>The IND decided on your application before 12 June 2026, so the rules from before that day count.</source>
        <translation>De IND heeft vóór 12 juni (6) 2026 over uw aanvraag beslist, dus de regels van vóór die dag gelden.</translation>
    </message>
    <message>
        <source>You applied before 12 June 2026, and the IND had not decided by then. The IND uses the new rules for such applications too. Courts are testing this.</source>
        <translation>U heeft vóór 12 juni (6) 2026 aangevraagd, en de IND had toen nog niet beslist. De IND gebruikt de nieuwe regels ook voor zulke aanvragen. Rechters toetsen dit.</translation>
    </message>
    <message>
        <source>The IND decided on your application after 12 June 2026. It uses the new rules for such applications too. Courts are testing this.</source>
        <translation>De IND heeft na 12 juni (6) 2026 over uw aanvraag beslist. Ze gebruikt de nieuwe regels ook voor zulke aanvragen. Rechters toetsen dit.</translation>
    </message>
    <message>
        <source>You have subsidiary protection. Since 12 June 2026 you must wait about 2 years. It is not yet sure from which day the 2 years count (the date of your IND letter or the start of your permit): check the exact date with a lawyer. After that you need an income and your own home.</source>
        <translation>U heeft subsidiaire bescherming. Sinds 12 juni (6) 2026 moet u ongeveer 2 jaar wachten. Het is nog niet zeker vanaf welke dag de 2 jaar tellen (de datum van uw IND-brief of het begin van uw vergunning): vraag een advocaat naar de precieze datum. Daarna heeft u een inkomen en een eigen woning nodig.</translation>
    </message>
    <message>
        <source>You have subsidiary protection and about 2 years have passed. Now you need an income and your own home. Check with a lawyer that the 2 years are really over.</source>
        <translation>U heeft subsidiaire bescherming en ongeveer 2 jaar zijn voorbij. Nu heeft u een inkomen en een eigen woning nodig. Vraag een advocaat of de 2 jaar echt voorbij zijn.</translation>
    </message>
    <message>
        <source>Since 12 June 2026 a partner you are not married to can in principle no longer come with nareis. There are exceptions: see a lawyer.</source>
        <translation>Sinds 12 juni (6) 2026 kan een partner met wie u niet getrouwd bent in principe niet meer komen met nareis. Er zijn uitzonderingen: ga naar een advocaat.</translation>
    </message>
    <message>
        <source>Since 12 June 2026 a child of 18 or older can in principle no longer come. The IND also looks at whether the child lives on their own, earns money or has a child. There are exceptions: see a lawyer.</source>
        <translation>Sinds 12 juni (6) 2026 kan een kind van 18 of ouder in principe niet meer komen. De IND kijkt ook of het kind zelfstandig woont, geld verdient of een kind heeft. Er zijn uitzonderingen: ga naar een advocaat.</translation>
    </message>
    <message>
        <source>Since 12 June 2026 a foster child can in principle no longer come with nareis. There are exceptions: see a lawyer.</source>
        <translation>Sinds 12 juni (6) 2026 kan een pleegkind in principe niet meer komen met nareis. Er zijn uitzonderingen: ga naar een advocaat.</translation>
    </message>
    <message>
        <source>If you got a letter from the IND that says yes or no to the application for your family (in Dutch: beschikking), the IND has decided. A letter that only says the IND received your application is not a decision.</source>
        <translation>Heeft u een brief van de IND gekregen die ja of nee zegt op de aanvraag voor uw familie (een beschikking)? Dan heeft de IND beslist. Een brief die alleen zegt dat de IND uw aanvraag heeft ontvangen, is geen besluit.</translation>
    </message>
    <message>
        <source>The date is at the top of the first page of the IND letter with the decision.</source>
        <translation>De datum staat bovenaan de eerste bladzijde van de IND-brief met het besluit.</translation>
    </message>
    <message>
        <source>A registered marriage has an official marriage certificate from the government of the country where you married.</source>
        <translation>Een geregistreerd huwelijk heeft een officiële huwelijksakte van de overheid van het land waar u trouwde.</translation>
    </message>
    <message>
        <source>This date is in the future. Please choose a day that has passed.</source>
        <translation>Deze datum ligt in de toekomst. Kies een dag die al voorbij is.</translation>
    </message>
    <message>
        <source>The IND cannot decide before the day you applied. Please check both dates.</source>
        <translation>De IND kan niet beslissen vóór de dag dat u aanvroeg. Kijk beide datums nog eens na.</translation>
    </message>
    <message>
        <source>About you: question %1 of %2</source>
        <translation>Over u: vraag %1 van %2</translation>
    </message>
    <message>
        <source>Person %1 of %2: question %3 of %4</source>
        <translation>Persoon %1 van %2: vraag %3 van %4</translation>
    </message>
    <message>
        <source>Have you already sent the application for your family to the IND?</source>
        <translation>Heeft u de aanvraag voor uw familie al naar de IND gestuurd?</translation>
    </message>
    <message>
        <source>If you have not sent it yet, we count from today. If you sent it, the day you sent it decides which rules count for your family.</source>
        <translation>Nog niet gestuurd? Dan tellen we vanaf vandaag. Wel gestuurd? Dan bepaalt de dag waarop u hem stuurde welke regels voor uw familie gelden.</translation>
    </message>
    <message>
        <source>On which day did you send the application for your family?</source>
        <translation>Op welke dag heeft u de aanvraag voor uw familie gestuurd?</translation>
    </message>
    <message>
        <source>Were you already married or together before you came to the Netherlands?</source>
        <translation>Waren u en deze persoon al getrouwd of samen voordat u naar Nederland kwam?</translation>
    </message>
    <message>
        <source>Was this child already part of your family before you came to the Netherlands?</source>
        <translation>Hoorde dit kind al bij uw familie voordat u naar Nederland kwam?</translation>
    </message>
    <message>
        <source>Nareis is only for children who already belonged to your family before you came.</source>
        <translation>Nareis is alleen voor kinderen die al bij uw familie hoorden voordat u kwam.</translation>
    </message>
    <message>
        <source>It is on the letter or e-mail in which the IND confirms your application. If you do not know the day, choose &quot;I don&apos;t know&quot;.</source>
        <translation>Het staat in de brief of e-mail waarin de IND uw aanvraag bevestigt. Weet u de dag niet? Kies dan &quot;Ik weet het niet&quot;.</translation>
    </message>
    <message>
        <source>Someone else, who is not in this application</source>
        <translation>Iemand anders, die niet in deze aanvraag zit</translation>
    </message>
    <message>
        <source>The 3 months ended on %1. If you sent the application on or before that day, you were in time. The IND letter that confirms your application shows the day.</source>
        <translation>De 3 maanden eindigden op %1. Heeft u de aanvraag op of vóór die dag gestuurd, dan was u op tijd. De brief waarin de IND uw aanvraag bevestigt, laat de dag zien.</translation>
    </message>
    <message>
        <source>You applied within the 3 months, which end on %1.</source>
        <translation>U heeft aangevraagd binnen de 3 maanden. Die eindigen op %1.</translation>
    </message>
    <message>
        <source>Since 12 June 2026, people with subsidiary protection must wait about 2 years before they can bring their family.</source>
        <translation>Sinds 12 juni (6) 2026 moeten mensen met subsidiaire bescherming ongeveer 2 jaar wachten voordat hun familie mag komen.</translation>
    </message>
    <message>
        <source>The parent of this child is not your husband or wife by a registered marriage in this application. Since 12 June 2026 such a child can in principle no longer come with nareis. There are exceptions: see a lawyer.</source>
        <translation>De ouder van dit kind is in deze aanvraag niet uw man of vrouw door een geregistreerd huwelijk. Sinds 12 juni (6) 2026 kan zo&apos;n kind in principe niet meer komen met nareis. Er zijn uitzonderingen: ga naar een advocaat.</translation>
    </message>
    <message>
        <source>We do not know all the dates that decide which rules count: when you applied, or if the IND decided before 12 June 2026. So we show the careful answer: the new rules may count.</source>
        <translation>We weten niet alle datums die bepalen welke regels gelden: de dag van uw aanvraag, of de dag waarop de IND besliste (vóór of na 12 juni (6) 2026). Daarom tonen we het voorzichtige antwoord: de nieuwe regels kunnen gelden.</translation>
    </message>
    <message>
        <source>The partner is under 18. The law is not clear for this. Ask for advice.</source>
        <translation>De partner is jonger dan 18. De wet is hierover niet duidelijk. Vraag om advies.</translation>
    </message>
    <message>
        <source>You were already together before you came.</source>
        <translation>U en uw partner waren al samen voordat u kwam.</translation>
    </message>
    <message>
        <source>The child did not belong to your family before you came. The law is not clear for this. Ask for advice.</source>
        <translation>Het kind hoorde niet bij uw gezin voordat u kwam. De wet is hierover niet duidelijk. Vraag om advies.</translation>
    </message>
    <message>
        <source>You have subsidiary protection, so you can apply only after about 2 years. By then this child will be 18 or older, and since 12 June 2026 a child of 18 or older can in principle no longer come. See a lawyer now.</source>
        <translation>U heeft subsidiaire bescherming, dus u kunt pas na ongeveer 2 jaar aanvragen. Dan is dit kind 18 of ouder, en sinds 12 juni (6) 2026 kan een kind van 18 of ouder in principe niet meer komen. Ga nu naar een advocaat.</translation>
    </message>
    <message>
        <source>We do not know the day you sent the application. It decides which rules count and if you were in time. The IND letter that confirms your application shows it.</source>
        <translation>We weten niet op welke dag u de aanvraag stuurde. Die dag bepaalt welke regels gelden en of u op tijd was. De brief waarin de IND uw aanvraag bevestigt, laat de dag zien.</translation>
    </message>
    <message>
        <source>Has the IND already decided on your application (a yes or a no)?</source>
        <translation>Heeft de IND al over uw aanvraag beslist (een ja of een nee)?</translation>
    </message>
    <message>
        <source>The application is sent. Answer every IND letter before the date in it, and keep the papers ready.</source>
        <translation>De aanvraag is verstuurd. Beantwoord elke IND-brief vóór de datum die erin staat, en houd de papieren klaar.</translation>
    </message>
    <message>
        <source>Your application is from 12 June 2026 or later, so the new rules count.</source>
        <translation>Uw aanvraag is van 12 juni (6) 2026 of later, dus de nieuwe regels gelden.</translation>
    </message>
    <message>
        <source>This applies if you sent the application before 12 June 2026 and the IND had not decided by then. The IND now also uses the new rules for such applications: people with subsidiary protection must wait about 2 years. Courts are still testing this. See a lawyer now. Free legal help is possible through the Juridisch Loket.</source>
        <translation>Dit geldt als u de aanvraag vóór 12 juni (6) 2026 heeft gestuurd en de IND toen nog niet had beslist. De IND gebruikt de nieuwe regels nu ook voor zulke aanvragen: mensen met subsidiaire bescherming moeten ongeveer 2 jaar wachten. Rechters toetsen dit nog. Ga nu naar een advocaat. Gratis juridische hulp is mogelijk via het Juridisch Loket.</translation>
    </message>
    <message>
        <source>This applies if you sent the application before 12 June 2026 and the IND had not decided by then. The IND now also uses the new rules for such applications: only a husband or wife of a registered marriage and children under 18 can come. Courts are still testing this. See a lawyer now. Free legal help is possible through the Juridisch Loket.</source>
        <translation>Dit geldt als u de aanvraag vóór 12 juni (6) 2026 heeft gestuurd en de IND toen nog niet had beslist. De IND gebruikt de nieuwe regels nu ook voor zulke aanvragen: alleen een man of vrouw uit een geregistreerd huwelijk en kinderen jonger dan 18 kunnen komen. Rechters toetsen dit nog. Ga nu naar een advocaat. Gratis juridische hulp is mogelijk via het Juridisch Loket.</translation>
    </message>
    <message>
        <source>This applies if you sent the application before 12 June 2026 and the IND had not decided by then. The IND now also uses the new rules for such applications: a child of 18 or older can in principle no longer come. The IND also looks at whether the child lives on their own, earns money or has a child. Courts are still testing this. See a lawyer now. Free legal help is possible through the Juridisch Loket.</source>
        <translation>Dit geldt als u de aanvraag vóór 12 juni (6) 2026 heeft gestuurd en de IND toen nog niet had beslist. De IND gebruikt de nieuwe regels nu ook voor zulke aanvragen: een kind van 18 of ouder kan in principe niet meer komen. De IND kijkt ook of het kind zelfstandig woont, geld verdient of een kind heeft. Rechters toetsen dit nog. Ga nu naar een advocaat. Gratis juridische hulp is mogelijk via het Juridisch Loket.</translation>
    </message>
    <message>
        <source>This applies if you sent the application before 12 June 2026 and the IND had not decided by then. The IND now also uses the new rules for such applications, and it is not sure if brothers and sisters can still come. See a lawyer now. Free legal help is possible through the Juridisch Loket.</source>
        <translation>Dit geldt als u de aanvraag vóór 12 juni (6) 2026 heeft gestuurd en de IND toen nog niet had beslist. De IND gebruikt de nieuwe regels nu ook voor zulke aanvragen, en het is niet zeker of broers en zussen nog kunnen komen. Ga nu naar een advocaat. Gratis juridische hulp is mogelijk via het Juridisch Loket.</translation>
    </message>
</context>
<context>
    <name>JourneyGuide</name>
    <message>
        <source>%1 to %2</source>
        <comment>a range of weekdays, e.g. Monday to Friday</comment>
        <translation>%1 t/m %2</translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <extracomment>Opening hours: the days (e.g. &quot;Monday to Sunday&quot;), then the opening and closing time.</extracomment>
        <translation>%1: %2 tot %3</translation>
    </message>
</context>
<context>
    <name>JourneyListPage</name>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
</context>
<context>
    <name>JourneyPage</name>
    <message>
        <source>Help, words and costs</source>
        <translation>Hulp, woorden en kosten</translation>
    </message>
    <message>
        <source>This information is in the app. It also works without internet.</source>
        <translation>Deze informatie staat in de app. Ze werkt ook zonder internet.</translation>
    </message>
    <message>
        <source>Help and contacts</source>
        <translation>Hulp en contact</translation>
    </message>
    <message>
        <source>Who can help you, and how to reach them.</source>
        <translation>Wie u kan helpen, en hoe u ze bereikt.</translation>
    </message>
    <message>
        <source>Dutch words</source>
        <translation>Nederlandse woorden</translation>
    </message>
    <message>
        <source>What the words in IND letters mean.</source>
        <translation>Wat de woorden in brieven van de IND betekenen.</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>What costs money on the way, and who pays.</source>
        <translation>Wat onderweg geld kost, en wie betaalt.</translation>
    </message>
    <message>
        <source>Rules and numbers as of %1.</source>
        <translation>Regels en nummers gecontroleerd op %1.</translation>
    </message>
</context>
<context>
    <name>JourneyTexts</name>
    <message>
        <source>Application sent</source>
        <translation>Aanvraag verstuurd</translation>
    </message>
    <message>
        <source>You sent the application for your family. The IND checks it and sends you a letter that it has received it (ontvangstbevestiging).</source>
        <translation>U heeft de aanvraag voor uw gezin verstuurd. De IND bekijkt de aanvraag en stuurt u een brief dat ze die heeft ontvangen (ontvangstbevestiging).</translation>
    </message>
    <message>
        <source>Keep copies of everything you sent, and write down the date you sent it. Answer every IND letter on time.</source>
        <translation>Bewaar een kopie van alles wat u heeft verstuurd, en schrijf de datum op. Beantwoord elke brief van de IND op tijd.</translation>
    </message>
    <message>
        <source>Your family keeps their passports and papers safe and ready. The IND may ask for more papers, a DNA test or an interview.</source>
        <translation>Uw gezin bewaart de paspoorten en papieren goed en houdt ze klaar. De IND kan om meer papieren, een DNA-test of een gesprek vragen.</translation>
    </message>
    <message>
        <source>Waiting for the IND</source>
        <translation>Wachten op de IND</translation>
    </message>
    <message>
        <source>The IND studies the application. It has 3 months to decide, and it may take 3 months more. Letters can come in this time: missing items, a DNA test or an interview.</source>
        <translation>De IND bestudeert de aanvraag. Ze heeft 3 maanden om te beslissen, en mag daar 3 maanden bij nemen. In deze tijd kunnen brieven komen: over ontbrekende papieren, een DNA-test of een gesprek.</translation>
    </message>
    <message>
        <source>Open every IND letter at once and look for the date by which you must answer. Do you not understand a letter? Samen can explain it, or show it to a volunteer.</source>
        <translation>Open elke brief van de IND meteen en zoek de datum waarvoor u moet antwoorden. Begrijpt u een brief niet? Samen kan hem uitleggen, of laat hem zien aan een vrijwilliger.</translation>
    </message>
    <message>
        <source>Your family answers questions from the embassy or the IND quickly. If the IND asks for a DNA test or an interview, they go to the appointment at the embassy.</source>
        <translation>Uw gezin beantwoordt vragen van de ambassade of de IND snel. Vraagt de IND om een DNA-test of een gesprek? Dan gaan ze naar de afspraak bij de ambassade.</translation>
    </message>
    <message>
        <source>The answer is yes</source>
        <translation>Het antwoord is ja</translation>
    </message>
    <message>
        <source>The IND said yes. Your family can get the entry visa (mvv) at the Dutch embassy.</source>
        <translation>De IND zei ja. Uw gezin kan het visum voor Nederland (mvv) halen bij de Nederlandse ambassade.</translation>
    </message>
    <message>
        <source>Tell your family at once and send them a copy of the letter. Help them make an appointment at the embassy.</source>
        <translation>Vertel het uw gezin meteen en stuur ze een kopie van de brief. Help ze een afspraak te maken bij de ambassade.</translation>
    </message>
    <message>
        <source>Your family collects the mvv at the embassy within 3 months of the decision. They bring their passports.</source>
        <translation>Uw gezin haalt de mvv binnen 3 maanden na het besluit op bij de ambassade. Ze nemen hun paspoorten mee.</translation>
    </message>
    <message>
        <source>The answer is no</source>
        <translation>Het antwoord is nee</translation>
    </message>
    <message>
        <source>The IND said no. This is hard news. You can object (bezwaar) within 4 weeks of the date on the letter.</source>
        <translation>De IND zei nee. Dat is zwaar nieuws. U kunt binnen 4 weken na de datum op de brief bezwaar maken.</translation>
    </message>
    <message>
        <source>Do not wait. Contact a lawyer or the Juridisch Loket this week. A lawyer can be free if your income is low.</source>
        <translation>Wacht niet. Neem deze week contact op met een advocaat of het Juridisch Loket. Een advocaat kan gratis zijn als uw inkomen laag is.</translation>
    </message>
    <message>
        <source>Your family keeps all their papers. They may be needed for the objection.</source>
        <translation>Uw gezin bewaart al hun papieren. Die kunnen nodig zijn voor het bezwaar.</translation>
    </message>
    <message>
        <source>Objection sent</source>
        <translation>Bezwaar ingediend</translation>
    </message>
    <message>
        <source>You objected (bezwaar). The IND looks at its decision again. It has 19 weeks for this, and may take 6 weeks more.</source>
        <translation>U heeft bezwaar gemaakt. De IND kijkt opnieuw naar het besluit. Ze heeft daar 19 weken voor, en mag er 6 weken bij nemen.</translation>
    </message>
    <message>
        <source>Keep in touch with your lawyer. Give new papers to your lawyer as soon as you have them.</source>
        <translation>Houd contact met uw advocaat. Geef nieuwe papieren aan uw advocaat zodra u ze heeft.</translation>
    </message>
    <message>
        <source>Your family keeps their papers ready and answers questions quickly.</source>
        <translation>Uw gezin houdt de papieren klaar en beantwoordt vragen snel.</translation>
    </message>
    <message>
        <source>Decision on the objection</source>
        <translation>Besluit op het bezwaar</translation>
    </message>
    <message>
        <source>The IND decided on your objection. If it still says no, you can ask a court to look at it (beroep) within 4 weeks.</source>
        <translation>De IND heeft beslist op uw bezwaar. Zegt ze nog steeds nee? Dan kunt u binnen 4 weken in beroep gaan bij de rechter.</translation>
    </message>
    <message>
        <source>Talk to your lawyer at once about going to court. In an urgent case the lawyer can ask the judge for a quick measure (voorlopige voorziening).</source>
        <translation>Praat meteen met uw advocaat over beroep bij de rechter. Is het dringend? Dan kan de advocaat de rechter om een voorlopige voorziening vragen.</translation>
    </message>
    <message>
        <source>Your family keeps their papers. Your lawyer will say if the court needs anything from them.</source>
        <translation>Uw gezin bewaart de papieren. Uw advocaat zegt het als de rechter iets van hen nodig heeft.</translation>
    </message>
    <message>
        <source>The mvv is ready</source>
        <translation>De mvv is klaar</translation>
    </message>
    <message>
        <source>Your family has the mvv, the entry visa in the passport. They must travel to the Netherlands within 90 days.</source>
        <translation>Uw gezin heeft de mvv, het visum in het paspoort. Ze moeten binnen 90 dagen naar Nederland reizen.</translation>
    </message>
    <message>
        <source>Help your family book the journey. As soon as the ticket is booked, make the appointment at the IND in Zevenaar.</source>
        <translation>Help uw gezin de reis te boeken. Maak de afspraak bij de IND in Zevenaar zodra het ticket geboekt is.</translation>
    </message>
    <message>
        <source>Your family books tickets and travels before the mvv ends. They take their passports with the mvv.</source>
        <translation>Uw gezin boekt tickets en reist voordat de mvv afloopt. Ze nemen hun paspoorten met de mvv mee.</translation>
    </message>
    <message>
        <source>Travelling</source>
        <translation>Op reis</translation>
    </message>
    <message>
        <source>Your family is on the way to the Netherlands with the mvv.</source>
        <translation>Uw gezin is met de mvv onderweg naar Nederland.</translation>
    </message>
    <message>
        <source>Check that the appointment at the IND in Zevenaar is booked. Plan who meets your family when they arrive.</source>
        <translation>Controleer of de afspraak bij de IND in Zevenaar gemaakt is. Spreek af wie uw gezin ophaalt bij aankomst.</translation>
    </message>
    <message>
        <source>Your family travels before the mvv ends and keeps their passports with them.</source>
        <translation>Uw gezin reist voordat de mvv afloopt en houdt de paspoorten bij zich.</translation>
    </message>
    <message>
        <source>Arrived in the Netherlands</source>
        <translation>Aangekomen in Nederland</translation>
    </message>
    <message>
        <source>Your family is here. Within 3 days they report to the IND in Zevenaar. There they get their residence permit and are registered in the BRP.</source>
        <translation>Uw gezin is er. Binnen 3 dagen melden ze zich bij de IND in Zevenaar. Daar krijgen ze hun verblijfsvergunning en worden ze ingeschreven in de BRP.</translation>
    </message>
    <message>
        <source>Go with your family to the IND in Zevenaar. Within 2 weeks, visit the GP (huisarts) with them. The GGD asks them for a TB check.</source>
        <translation>Ga met uw gezin naar de IND in Zevenaar. Ga binnen 2 weken met ze naar de huisarts. De GGD vraagt ze voor een tbc-onderzoek.</translation>
    </message>
    <message>
        <source>Your family is no longer abroad. Keep the papers they brought in a safe place.</source>
        <translation>Uw gezin is niet meer in het buitenland. Bewaar de papieren die ze meebrachten op een veilige plek.</translation>
    </message>
    <message>
        <source>Living together</source>
        <translation>Samen wonen</translation>
    </message>
    <message>
        <source>Your family has a residence permit. It depends on yours. The family must live together with you.</source>
        <translation>Uw gezin heeft een verblijfsvergunning. Die hangt af van uw vergunning. Het gezin moet met u samenwonen.</translation>
    </message>
    <message>
        <source>Check that everyone is registered at your address with the municipality (gemeente) and with a GP. If you separate, you must tell the IND.</source>
        <translation>Controleer of iedereen op uw adres staat ingeschreven bij de gemeente, en bij een huisarts. Gaat u uit elkaar? Dan moet u dat aan de IND melden.</translation>
    </message>
    <message>
        <source>Nobody needs to do anything abroad any more.</source>
        <translation>In het buitenland hoeft niemand nog iets te doen.</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Ontvangstbevestiging</translation>
    </message>
    <message>
        <source>The IND says it has received your application. The letter gives the date of your application, and may give the date by which the IND decides.</source>
        <translation>De IND laat weten dat ze uw aanvraag heeft ontvangen. In de brief staat de datum van uw aanvraag, en soms de datum waarvoor de IND beslist.</translation>
    </message>
    <message>
        <source>Keep this letter and check the date of your application on it. You do not need to answer.</source>
        <translation>Bewaar deze brief en controleer de datum van uw aanvraag. U hoeft niet te antwoorden.</translation>
    </message>
    <message>
        <source>Missing items</source>
        <translation>Ontbrekende papieren</translation>
    </message>
    <message>
        <source>The IND needs more papers or information before it can decide (herstel verzuim). The letter says what is missing.</source>
        <translation>De IND heeft meer papieren of informatie nodig voordat ze kan beslissen (herstel verzuim). In de brief staat wat er ontbreekt.</translation>
    </message>
    <message>
        <source>Send what is missing before the date written in the letter. Can you not get something in time? Tell the IND before that date, and say why.</source>
        <translation>Stuur wat ontbreekt vóór de datum in de brief. Lukt iets niet op tijd? Laat het de IND vóór die datum weten, en zeg waarom.</translation>
    </message>
    <message>
        <source>If you do not answer in time, the IND can stop handling your application. If the 3 months for nareis have passed by then, your family can lose the nareis route.</source>
        <translation>Antwoordt u niet op tijd, dan kan de IND stoppen met uw aanvraag. Zijn de 3 maanden voor nareis dan voorbij, dan kan uw gezin de nareis-route verliezen.</translation>
    </message>
    <message>
        <source>DNA test or interview</source>
        <translation>DNA-test of gesprek</translation>
    </message>
    <message>
        <source>The IND wants to check the family bond with a DNA test or an interview (identificerend gehoor) at a Dutch embassy.</source>
        <translation>De IND wil de familieband controleren met een DNA-test of een gesprek (identificerend gehoor) bij een Nederlandse ambassade.</translation>
    </message>
    <message>
        <source>Tell your family at once. They make the appointment at the embassy before the date written in the letter, and go to it.</source>
        <translation>Vertel het uw gezin meteen. Ze maken de afspraak bij de ambassade vóór de datum in de brief, en gaan erheen.</translation>
    </message>
    <message>
        <source>If your family does not go, the IND can refuse the application.</source>
        <translation>Gaat uw gezin niet, dan kan de IND de aanvraag afwijzen.</translation>
    </message>
    <message>
        <source>Intention to refuse</source>
        <translation>Voornemen tot afwijzing</translation>
    </message>
    <message>
        <source>The IND plans to say no (voornemen). It has not decided yet. You can first give your reaction (zienswijze).</source>
        <translation>De IND is van plan nee te zeggen (voornemen). Ze heeft nog niet beslist. U kunt eerst uw reactie geven (zienswijze).</translation>
    </message>
    <message>
        <source>Contact a lawyer or the Juridisch Loket at once. Send your reaction before the date written in the letter.</source>
        <translation>Neem meteen contact op met een advocaat of het Juridisch Loket. Stuur uw reactie vóór de datum in de brief.</translation>
    </message>
    <message>
        <source>If you do not react in time, the IND decides without your reaction.</source>
        <translation>Reageert u niet op tijd, dan beslist de IND zonder uw reactie.</translation>
    </message>
    <message>
        <source>Decision: yes</source>
        <translation>Besluit: ja</translation>
    </message>
    <message>
        <source>The IND says yes to your application (beschikking). Your family can get the mvv at the Dutch embassy.</source>
        <translation>De IND zegt ja tegen uw aanvraag (beschikking). Uw gezin kan de mvv halen bij de Nederlandse ambassade.</translation>
    </message>
    <message>
        <source>Send a copy to your family. They must collect the mvv within 3 months of the date of this letter.</source>
        <translation>Stuur een kopie naar uw gezin. Ze moeten de mvv binnen 3 maanden na de datum van deze brief ophalen.</translation>
    </message>
    <message>
        <source>Decision: no</source>
        <translation>Besluit: nee</translation>
    </message>
    <message>
        <source>The IND says no to your application (beschikking). The letter explains why.</source>
        <translation>De IND zegt nee tegen uw aanvraag (beschikking). In de brief staat waarom.</translation>
    </message>
    <message>
        <source>Contact a lawyer or the Juridisch Loket this week. You can object (bezwaar) within 4 weeks of the date of this letter.</source>
        <translation>Neem deze week contact op met een advocaat of het Juridisch Loket. U kunt binnen 4 weken na de datum van deze brief bezwaar maken.</translation>
    </message>
    <message>
        <source>After 4 weeks you can no longer object, and the no becomes final.</source>
        <translation>Na 4 weken kunt u geen bezwaar meer maken, en is het nee definitief.</translation>
    </message>
    <message>
        <source>Objection: you are right</source>
        <translation>Bezwaar: u heeft gelijk</translation>
    </message>
    <message>
        <source>The IND agrees with your objection (gegrond). The letter says what happens now: a yes, or a new decision.</source>
        <translation>De IND geeft u gelijk (gegrond). In de brief staat wat er nu gebeurt: een ja, of een nieuw besluit.</translation>
    </message>
    <message>
        <source>Read the letter with your lawyer. If it is a yes, tell your family to collect the mvv.</source>
        <translation>Lees de brief met uw advocaat. Is het een ja? Vertel uw gezin dan dat ze de mvv kunnen ophalen.</translation>
    </message>
    <message>
        <source>Objection: still no</source>
        <translation>Bezwaar: nog steeds nee</translation>
    </message>
    <message>
        <source>The IND keeps its no after your objection (ongegrond).</source>
        <translation>De IND blijft bij nee na uw bezwaar (ongegrond).</translation>
    </message>
    <message>
        <source>Talk to your lawyer at once. You can go to court (beroep) within 4 weeks of the date of this letter.</source>
        <translation>Praat meteen met uw advocaat. U kunt binnen 4 weken na de datum van deze brief in beroep gaan bij de rechter.</translation>
    </message>
    <message>
        <source>After 4 weeks you can no longer go to court, and the no becomes final.</source>
        <translation>Na 4 weken kunt u niet meer in beroep, en is het nee definitief.</translation>
    </message>
    <message>
        <source>mvv ready</source>
        <translation>mvv klaar</translation>
    </message>
    <message>
        <source>Your family can collect the entry visa (mvv, machtiging tot voorlopig verblijf) at the Dutch embassy.</source>
        <translation>Uw gezin kan het visum (mvv, machtiging tot voorlopig verblijf) ophalen bij de Nederlandse ambassade.</translation>
    </message>
    <message>
        <source>Tell your family to make an appointment at the embassy. They must collect the mvv within 3 months of the decision.</source>
        <translation>Vertel uw gezin dat ze een afspraak maken bij de ambassade. Ze moeten de mvv binnen 3 maanden na het besluit ophalen.</translation>
    </message>
    <message>
        <source>Volunteers and staff help refugees with family reunification. They can explain IND letters and help with forms.</source>
        <translation>Vrijwilligers en medewerkers helpen vluchtelingen bij gezinshereniging. Ze kunnen brieven van de IND uitleggen en helpen met formulieren.</translation>
    </message>
    <message>
        <source>Pays all or part of a lawyer when your income is low. Your lawyer or the Juridisch Loket arranges this.</source>
        <translation>Betaalt een advocaat helemaal of voor een deel als uw inkomen laag is. Uw advocaat of het Juridisch Loket regelt dit.</translation>
    </message>
    <message>
        <source>The family doctor (GP). Your family visits the GP within 2 weeks of arrival. The GP can also help with stress and sleep problems, and can refer you to mental-health care.</source>
        <translation>De huisarts. Uw gezin gaat binnen 2 weken na aankomst naar de huisarts. De huisarts kan ook helpen bij stress en slaapproblemen, en kan u doorverwijzen naar psychische hulp.</translation>
    </message>
    <message>
        <source>The public health service. It does the TB check of your family after arrival.</source>
        <translation>De GGD is de gezondheidsdienst. Die doet het tbc-onderzoek van uw gezin na aankomst.</translation>
    </message>
    <message>
        <source>The municipality registers your family in the BRP, and helps with housing and settling in.</source>
        <translation>De gemeente schrijft uw gezin in in de BRP, en helpt u met wonen en om u thuis te voelen.</translation>
    </message>
    <message>
        <source>The immigration service decides on the application. Its letters are in Dutch.</source>
        <translation>De IND beslist over de aanvraag. De brieven van de IND zijn in het Nederlands.</translation>
    </message>
    <message>
        <source>Your family goes to the Dutch embassy for the DNA test or the interview, and to collect the mvv.</source>
        <translation>Uw gezin gaat naar de Nederlandse ambassade voor de DNA-test of het gesprek, en om de mvv op te halen.</translation>
    </message>
    <message>
        <source>A Dutch centre of knowledge on the health of refugees. The tips in Samen on waiting and on a refusal are based on its information.</source>
        <translation>Een Nederlands kenniscentrum over de gezondheid van vluchtelingen. De tips in Samen over het wachten en over een afwijzing komen uit hun informatie.</translation>
    </message>
    <message>
        <source>The Dutch immigration service (Immigratie- en Naturalisatiedienst). It decides on your family&apos;s application.</source>
        <translation>De Immigratie- en Naturalisatiedienst. Die beslist over de aanvraag voor uw gezin.</translation>
    </message>
    <message>
        <source>Family reunification for refugees. It is free and has no income requirement, if you apply within 3 months.</source>
        <translation>Gezinshereniging voor vluchtelingen. Het is gratis en er is geen inkomenseis, als u binnen 3 maanden aanvraagt.</translation>
    </message>
    <message>
        <source>The entry visa for the Netherlands (machtiging tot voorlopig verblijf). The embassy puts it in the passport.</source>
        <translation>Het visum voor Nederland (machtiging tot voorlopig verblijf). De ambassade zet het in het paspoort.</translation>
    </message>
    <message>
        <source>The Dutch population register. Everyone who lives in the Netherlands is registered in it.</source>
        <translation>De basisregistratie personen. Iedereen die in Nederland woont, staat erin.</translation>
    </message>
    <message>
        <source>An official decision of the IND, on paper.</source>
        <translation>Een officieel besluit van de IND, op papier.</translation>
    </message>
    <message>
        <source>A letter that something is missing from your application, with a date by which to send it.</source>
        <translation>Een brief dat er iets ontbreekt in uw aanvraag, met een datum waarvoor u het moet sturen.</translation>
    </message>
    <message>
        <source>The IND plans to say no, but has not decided yet.</source>
        <translation>De IND is van plan nee te zeggen, maar heeft nog niet beslist.</translation>
    </message>
    <message>
        <source>Your written reaction to a voornemen.</source>
        <translation>Uw schriftelijke reactie op een voornemen.</translation>
    </message>
    <message>
        <source>An objection: you ask the IND to look at its decision again.</source>
        <translation>Bezwaar maken: u vraagt de IND om opnieuw naar het besluit te kijken.</translation>
    </message>
    <message>
        <source>An appeal: you ask a court to look at the decision.</source>
        <translation>In beroep gaan: u vraagt de rechter om naar het besluit te kijken.</translation>
    </message>
    <message>
        <source>A quick measure a judge can take in an urgent case, while the appeal is running.</source>
        <translation>Een snelle maatregel die de rechter kan nemen als het dringend is, terwijl het beroep loopt.</translation>
    </message>
    <message>
        <source>A letter to the IND saying it is late with its decision.</source>
        <translation>Een brief aan de IND dat ze te laat is met het besluit.</translation>
    </message>
    <message>
        <source>The time the IND has to decide.</source>
        <translation>De tijd die de IND heeft om te beslissen.</translation>
    </message>
    <message>
        <source>A letter that the IND has received your application.</source>
        <translation>Een brief dat de IND uw aanvraag heeft ontvangen.</translation>
    </message>
    <message>
        <source>The fee for an application. Nareis has no fee; the regular route has one.</source>
        <translation>Het bedrag dat u voor een aanvraag betaalt. Nareis heeft geen leges; de reguliere route wel.</translation>
    </message>
    <message>
        <source>An official stamp that shows a paper from abroad is real.</source>
        <translation>Een officiële stempel die laat zien dat een papier uit het buitenland echt is.</translation>
    </message>
    <message>
        <source>A sworn translator. Papers that are not in Dutch, English, French or German need a translation by a sworn translator.</source>
        <translation>Een vertaler die een eed heeft afgelegd. Papieren die niet in het Nederlands, Engels, Frans of Duits zijn, moet een beëdigd vertaler vertalen.</translation>
    </message>
    <message>
        <source>The person in the Netherlands who asks for the family to come: you.</source>
        <translation>De persoon in Nederland die vraagt of het gezin mag komen: u.</translation>
    </message>
    <message>
        <source>Refugee status.</source>
        <translation>Vluchtelingenstatus.</translation>
    </message>
    <message>
        <source>Subsidiary protection.</source>
        <translation>Subsidiaire bescherming.</translation>
    </message>
    <message>
        <source>A child who came to the Netherlands alone, without father or mother.</source>
        <translation>Een kind dat alleen naar Nederland kwam, zonder vader of moeder.</translation>
    </message>
    <message>
        <source>The town where family members report to the IND after arrival.</source>
        <translation>De plaats waar gezinsleden zich na aankomst melden bij de IND.</translation>
    </message>
    <message>
        <source>The regular route for family reunification. It has a fee and asks for an income, among other things.</source>
        <translation>De reguliere route voor gezinshereniging. Die kost leges en vraagt onder meer om een inkomen.</translation>
    </message>
    <message>
        <source>The civic integration exam abroad. The regular route asks for it; nareis does not.</source>
        <translation>Het inburgeringsexamen in het buitenland. De reguliere route vraagt dit; nareis niet.</translation>
    </message>
    <message>
        <source>A DNA test to show a family bond.</source>
        <translation>Een DNA-test om een familieband te laten zien.</translation>
    </message>
    <message>
        <source>An interview at the embassy about who someone is and about the family bond.</source>
        <translation>Een gesprek bij de ambassade over wie iemand is en over de familieband.</translation>
    </message>
    <message>
        <source>The public health service in your region.</source>
        <translation>De gezondheidsdienst in uw regio.</translation>
    </message>
    <message>
        <source>A check for tuberculosis (TB) after arrival.</source>
        <translation>Een onderzoek op tuberculose (tbc) na aankomst.</translation>
    </message>
    <message>
        <source>The family doctor (GP).</source>
        <translation>De dokter voor uw gezin, in uw buurt.</translation>
    </message>
    <message>
        <source>The family members must live together with you.</source>
        <translation>De gezinsleden moeten met u samenwonen.</translation>
    </message>
    <message>
        <source>An organisation that helps refugees.</source>
        <translation>Een organisatie die vluchtelingen helpt.</translation>
    </message>
    <message>
        <source>The Afghan identity card.</source>
        <translation>De Afghaanse identiteitskaart.</translation>
    </message>
    <message>
        <source>The Islamic marriage certificate (Afghanistan).</source>
        <translation>De islamitische huwelijksakte (Afghanistan).</translation>
    </message>
    <message>
        <source>The nareis application itself has no fee (leges).</source>
        <translation>De nareis-aanvraag zelf kost geen leges.</translation>
    </message>
    <message>
        <source>A sworn translator charges for each translation. The price differs per translator, so ask first.</source>
        <translation>Een beëdigd vertaler vraagt geld voor elke vertaling. De prijs verschilt per vertaler, dus vraag het eerst.</translation>
    </message>
    <message>
        <source>Legalisation can cost money in the country of the papers and at the embassy. The price differs per country. It is not sure that the IND asks for it for nareis.</source>
        <translation>Legalisatie kan geld kosten in het land van de papieren en bij de ambassade. De prijs verschilt per land. Het is niet zeker dat de IND het voor nareis vraagt.</translation>
    </message>
    <message>
        <source>Passports cost money. The price differs per country.</source>
        <translation>Paspoorten kosten geld. De prijs verschilt per land.</translation>
    </message>
    <message>
        <source>A DNA test can cost money. Ask the IND or the embassy who pays and how much.</source>
        <translation>Een DNA-test kan geld kosten. Vraag de IND of de ambassade wie betaalt en hoeveel.</translation>
    </message>
    <message>
        <source>The journey to the Netherlands costs money. Prices differ. Ask VluchtelingenWerk if you need help.</source>
        <translation>De reis naar Nederland kost geld. De prijzen verschillen. Vraag VluchtelingenWerk als u hulp nodig heeft.</translation>
    </message>
    <message>
        <source>The regular route has a fee (leges) for each application. The amount is on the IND website.</source>
        <translation>De reguliere route kost leges voor elke aanvraag. Het bedrag staat op de website van de IND.</translation>
    </message>
    <message>
        <source>The wait is long</source>
        <translation>Het wachten duurt lang</translation>
    </message>
    <message>
        <source>The wait can take many months, and nobody can tell you exactly how long. Many families find this very hard. Your feelings are normal.</source>
        <translation>Het wachten kan vele maanden duren, en niemand kan precies zeggen hoe lang. Veel gezinnen vinden dit heel zwaar. Wat u voelt is normaal.</translation>
    </message>
    <message>
        <source>Talking with your family</source>
        <translation>Praten met uw gezin</translation>
    </message>
    <message>
        <source>Tell your family what you know, and also what you do not know yet. Agree when you will talk. That makes the waiting a little easier for both sides.</source>
        <translation>Vertel uw gezin wat u weet, en ook wat u nog niet weet. Spreek af wanneer u met elkaar praat. Dat maakt het wachten voor beide kanten wat makkelijker.</translation>
    </message>
    <message>
        <source>Pressure and money</source>
        <translation>Druk en geld</translation>
    </message>
    <message>
        <source>Family abroad may ask for money, or ask why it takes so long. It is not your fault. Say honestly what you can and cannot do. VluchtelingenWerk can help you think it through.</source>
        <translation>Familie in het buitenland vraagt misschien om geld, of waarom het zo lang duurt. Dat is niet uw schuld. Zeg eerlijk wat u wel en niet kunt. VluchtelingenWerk kan met u meedenken.</translation>
    </message>
    <message>
        <source>Stress and sleep</source>
        <translation>Stress en slapen</translation>
    </message>
    <message>
        <source>Worry, stress and bad sleep are common while you wait. Talk to someone you trust. Your GP (huisarts) can help, and can refer you to mental-health care.</source>
        <translation>Zorgen, stress en slecht slapen komen veel voor tijdens het wachten. Praat met iemand die u vertrouwt. Uw huisarts kan helpen, en kan u doorverwijzen naar psychische hulp.</translation>
    </message>
    <message>
        <source>A no is hard</source>
        <translation>Een nee is zwaar</translation>
    </message>
    <message>
        <source>A no is very hard news, for you and for your family. Take time, and do not stay alone with it. Talk to someone you trust.</source>
        <translation>Een nee is heel zwaar nieuws, voor u en voor uw gezin. Neem de tijd, en blijf er niet alleen mee. Praat met iemand die u vertrouwt.</translation>
    </message>
    <message>
        <source>You can object</source>
        <translation>U kunt bezwaar maken</translation>
    </message>
    <message>
        <source>A no is not always the end. You can object (bezwaar) within 4 weeks. Contact a lawyer or the Juridisch Loket this week.</source>
        <translation>Een nee is niet altijd het einde. U kunt binnen 4 weken bezwaar maken. Neem deze week contact op met een advocaat of het Juridisch Loket.</translation>
    </message>
    <message>
        <source>A lawyer can be free</source>
        <translation>Een advocaat kan gratis zijn</translation>
    </message>
    <message>
        <source>If your income is low, the costs of a lawyer are paid in full or in part. Ask the Juridisch Loket.</source>
        <translation>Is uw inkomen laag? Dan worden de kosten van een advocaat helemaal of voor een deel betaald. Vraag het aan het Juridisch Loket.</translation>
    </message>
    <message>
        <source>After the objection</source>
        <translation>Na het bezwaar</translation>
    </message>
    <message>
        <source>If the IND still says no after your objection, you can go to court (beroep) within 4 weeks. Your lawyer does this for you.</source>
        <translation>Zegt de IND na uw bezwaar nog steeds nee? Dan kunt u binnen 4 weken in beroep gaan bij de rechter. Uw advocaat doet dit voor u.</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Blijf bezig</translation>
    </message>
    <message>
        <source>Go on with school, work and Dutch lessons while you wait. It helps you now, and it helps your family when they come.</source>
        <translation>Ga door met school, werk en Nederlandse les terwijl u wacht. Dat helpt u nu, en het helpt uw gezin als ze komen.</translation>
    </message>
    <message>
        <source>Legal advice: free at their offices; by phone it costs 25 cents a minute. They can refer you to a lawyer.</source>
        <translation>Juridisch advies: gratis op een vestiging; aan de telefoon kost het 25 cent per minuut. Ze kunnen u doorverwijzen naar een advocaat.</translation>
    </message>
    <message>
        <source>The nuclear family: husband or wife by a registered marriage, and children under 18.</source>
        <translation>Het kerngezin: man of vrouw door een geregistreerd huwelijk, en kinderen onder de 18.</translation>
    </message>
    <message>
        <source>Legal advice, free at their offices.</source>
        <translation>Juridisch advies, gratis op een vestiging.</translation>
    </message>
</context>
<context>
    <name>KeptLetterCard</name>
    <message>
        <source>The letter you kept</source>
        <translation>De brief die u bewaart</translation>
    </message>
    <message>
        <source>Letter of %1, kept on %2</source>
        <translation>Brief van %1, bewaard op %2</translation>
    </message>
    <message>
        <source>Kept on %1</source>
        <translation>Bewaard op %1</translation>
    </message>
    <message>
        <source>Show the photo of the letter on the whole screen</source>
        <translation>Toon de foto van de brief op het hele scherm</translation>
    </message>
    <message>
        <source>The text Samen read in the letter (in Dutch, maybe with mistakes):</source>
        <translation>De tekst die Samen in de brief las (in het Nederlands, misschien met fouten):</translation>
    </message>
    <message>
        <source>Delete the photo and text</source>
        <translation>Verwijder de foto en tekst</translation>
    </message>
    <message>
        <source>Delete the photo and the text of this letter from this phone? You cannot undo this. The dates you saved stay.</source>
        <translation>De foto en de tekst van deze brief van deze telefoon verwijderen? Dit kunt u niet ongedaan maken. De datums die u heeft opgeslagen blijven.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Photo of the letter</source>
        <translation>Foto van de brief</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Uitzoomen</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Inzoomen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>Kit</name>
    <message>
        <source>For %1</source>
        <translation>Voor %1</translation>
    </message>
    <message>
        <source>Family reunification in the Netherlands: what you need to know</source>
        <translation>Gezinshereniging in Nederland: wat u moet weten</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Name in the passport (Latin letters)</source>
        <translation>Naam in het paspoort (Latijnse letters)</translation>
    </message>
    <message>
        <source>What to bring to the embassy</source>
        <translation>Wat u meeneemt naar de ambassade</translation>
    </message>
    <message>
        <source>Dates to keep</source>
        <translation>Data om te onthouden</translation>
    </message>
    <message>
        <source>Appointment at the embassy</source>
        <translation>Afspraak bij de ambassade</translation>
    </message>
    <message>
        <source>The embassy gives you this date. Write it here:</source>
        <translation>De ambassade geeft u deze datum. Schrijf hem hier op:</translation>
    </message>
    <message>
        <source>Not known yet. It is counted from this step: %1.</source>
        <translation>Nog niet bekend. Het wordt geteld vanaf deze stap: %1.</translation>
    </message>
    <message>
        <source>%1 (done)</source>
        <translation>%1 (gedaan)</translation>
    </message>
    <message>
        <source>The DNA test or the interview</source>
        <translation>De DNA-test of het gesprek</translation>
    </message>
    <message>
        <source>Made with the Samen app on %1. Check every date in the letters from the IND and the embassy.</source>
        <translation>Gemaakt met de app Samen op %1. Controleer elke datum in de brieven van de IND en de ambassade.</translation>
    </message>
</context>
<context>
    <name>KitController</name>
    <message>
        <source>Open Samen with your PIN first.</source>
        <translation>Open Samen eerst met uw pincode.</translation>
    </message>
    <message>
        <source>Send the PDF with</source>
        <translation>Verstuur de pdf met</translation>
    </message>
    <message>
        <source>No app to send it with could be opened. Save it as a PDF instead.</source>
        <translation>Er kon geen app worden geopend om het te versturen. Bewaar het als pdf.</translation>
    </message>
</context>
<context>
    <name>KitPage</name>
    <message>
        <source>Kit for %1</source>
        <translation>Infoblad voor %1</translation>
    </message>
    <message>
        <source>Kit for the family</source>
        <translation>Infoblad voor de familie</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Bewaar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Where do you want to save the PDF?</source>
        <translation>Waar wilt u de pdf bewaren?</translation>
    </message>
    <message>
        <source>This person is no longer in the family list.</source>
        <translation>Deze persoon staat niet meer in de lijst van uw familie.</translation>
    </message>
    <message>
        <source>A page for this family member, in the language they read: their name, the papers for the embassy and the dates to keep.</source>
        <translation>Een pagina voor dit familielid, in de taal die hij of zij leest: de naam, de papieren voor de ambassade en de data om te onthouden.</translation>
    </message>
    <message>
        <source>Language of the kit</source>
        <translation>Taal van het infoblad</translation>
    </message>
    <message>
        <source>What the file will hold</source>
        <translation>Wat er in het bestand komt</translation>
    </message>
    <message>
        <source>This is exactly what the PDF will hold. Only this person&apos;s details are in it.</source>
        <translation>Dit is precies wat er in de pdf komt. Alleen de gegevens van deze persoon staan erin.</translation>
    </message>
    <message>
        <source>The PDF file is not locked with your PIN. Anyone who has the file can read it. Save it only where you choose, and delete it when you do not need it any more.</source>
        <translation>Het pdf-bestand is niet beveiligd met uw pincode. Iedereen die het bestand heeft, kan het lezen. Bewaar het alleen waar u kiest, en verwijder het als u het niet meer nodig heeft.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Bewaar als pdf</translation>
    </message>
    <message>
        <source>The PDF is saved.</source>
        <translation>De pdf is bewaard.</translation>
    </message>
    <message>
        <source>The PDF file is not locked with your PIN. Anyone who has the file can read it. Send it only to the person it is for, save it only where you choose, and delete it when you do not need it any more.</source>
        <translation>Het pdf-bestand is niet beveiligd met uw pincode. Iedereen die het bestand heeft, kan het lezen. Stuur het alleen naar de persoon voor wie het is, bewaar het alleen waar u kiest, en verwijder het als u het niet meer nodig heeft.</translation>
    </message>
    <message>
        <source>Send the PDF</source>
        <translation>Verstuur de pdf</translation>
    </message>
</context>
<context>
    <name>KitView</name>
    <message>
        <source>The language could not be saved.</source>
        <translation>De taal kon niet worden opgeslagen.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Choose your language</source>
        <translation>Kies uw taal</translation>
    </message>
    <message>
        <source>Tap your language. You can change it later in Settings.</source>
        <translation>Tik op uw taal. U kunt dit later veranderen bij Instellingen.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Verder</translation>
    </message>
</context>
<context>
    <name>LetterChoice</name>
    <message>
        <source>Chosen</source>
        <translation>Gekozen</translation>
    </message>
</context>
<context>
    <name>LetterPage</name>
    <message>
        <source>What to do</source>
        <translation>Wat moet u doen</translation>
    </message>
    <message>
        <source>Its date starts: %1</source>
        <translation>De datum ervan start: %1</translation>
    </message>
    <message>
        <source>Enter the dates of this letter</source>
        <translation>Vul de datums van deze brief in</translation>
    </message>
    <message>
        <source>Date of the letter</source>
        <translation>Datum van de brief</translation>
    </message>
    <message>
        <source>The date at the top of the letter, next to the word &quot;Datum&quot;.</source>
        <translation>De datum bovenaan de brief, naast het woord &quot;Datum&quot;.</translation>
    </message>
    <message>
        <source>The IND decides before</source>
        <translation>De IND beslist vóór</translation>
    </message>
    <message>
        <source>Answer before</source>
        <translation>Antwoord vóór</translation>
    </message>
    <message>
        <source>The letter says before which day the IND decides. Enter that day.</source>
        <translation>In de brief staat vóór welke dag de IND beslist. Vul die dag in.</translation>
    </message>
    <message>
        <source>The letter says before which day the IND wants your answer. Enter that day.</source>
        <translation>In de brief staat vóór welke dag de IND uw antwoord wil. Vul die dag in.</translation>
    </message>
    <message>
        <source>Saved. Samen reminds you before the date.</source>
        <translation>Opgeslagen. Samen herinnert u vóór de datum.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <source>See the steps</source>
        <translation>Bekijk de stappen</translation>
    </message>
    <message>
        <source>See all dates</source>
        <translation>Bekijk alle datums</translation>
    </message>
    <message>
        <source>Dates to keep:</source>
        <translation>Datums om te onthouden:</translation>
    </message>
    <message>
        <source>Keep the photo and text of this letter</source>
        <translation>Bewaar de foto en tekst van deze brief</translation>
    </message>
    <message>
        <source>Off unless you turn it on. Samen then keeps the photo and the text it read only on this phone, locked with your PIN, and shows them on this letter&apos;s page. You can delete them there.</source>
        <translation>Staat uit tot u het aanzet. Samen bewaart de foto en de tekst die het las dan alleen op deze telefoon, op slot met uw pincode, en toont ze op de pagina van deze brief. Daar kunt u ze verwijderen.</translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message>
        <source>A letter from the IND came</source>
        <translation>Er kwam een brief van de IND</translation>
    </message>
    <message>
        <source>First answer the questions about your family. Then you can follow each step here.</source>
        <translation>Beantwoord eerst de vragen over uw gezin. Dan kunt u hier elke stap volgen.</translation>
    </message>
    <message>
        <source>Start the questions</source>
        <translation>Begin met de vragen</translation>
    </message>
    <message>
        <source>For whom is the letter?</source>
        <translation>Voor wie is de brief?</translation>
    </message>
    <message>
        <source>The letter is about everyone in this application</source>
        <translation>De brief gaat over iedereen in deze aanvraag</translation>
    </message>
    <message>
        <source>Which letter is it?</source>
        <translation>Welke brief is het?</translation>
    </message>
    <message>
        <source>Look at the Dutch words at the top of the letter. Choose the same words below.</source>
        <translation>Kijk naar de Nederlandse woorden bovenaan de brief. Kies hieronder dezelfde woorden.</translation>
    </message>
    <message>
        <source>Not in the list? Add the date the letter asks you to answer by.</source>
        <translation>Staat hij er niet bij? Voeg de datum toe waarvóór de brief een antwoord vraagt.</translation>
    </message>
    <message>
        <source>Add a date from an IND letter</source>
        <translation>Datum uit een IND-brief toevoegen</translation>
    </message>
    <message>
        <source>Let Samen read it</source>
        <translation>Laat Samen hem lezen</translation>
    </message>
    <message>
        <source>Take a photo of the letter or choose its file. Samen reads it on this phone and tells you which letter it is and by when you must act.</source>
        <translation>Maak een foto van de brief of kies het bestand. Samen leest hem op deze telefoon en zegt welke brief het is en voor wanneer u iets moet doen.</translation>
    </message>
    <message>
        <source>Let Samen read the letter</source>
        <translation>Laat Samen de brief lezen</translation>
    </message>
</context>
<context>
    <name>MemberPage</name>
    <message>
        <source>Family member</source>
        <translation>Familielid</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Name in your own language</source>
        <translation>Naam in uw eigen taal</translation>
    </message>
    <message>
        <source>Name in Latin letters, exactly as in the passport</source>
        <translation>Naam in Latijnse letters, precies zoals in het paspoort</translation>
    </message>
    <message>
        <source>Suggest Latin letters</source>
        <translation>Stel Latijnse letters voor</translation>
    </message>
    <message>
        <source>The suggestion is only a guess. Change it so that it is exactly as in the passport.</source>
        <translation>De suggestie is maar een gok. Pas hem aan zodat hij precies is zoals in het paspoort.</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>Papieren</translation>
    </message>
    <message>
        <source>%1, with photos or files</source>
        <translation>%1, met foto&apos;s of bestanden</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Remove this person</source>
        <translation>Verwijder deze persoon</translation>
    </message>
    <message>
        <source>Yes, remove this person</source>
        <translation>Ja, verwijder deze persoon</translation>
    </message>
    <message>
        <source>Dates and progress of the application</source>
        <translation>Data en voortgang van de aanvraag</translation>
    </message>
    <message>
        <source>Earlier answers (before the rules changed):</source>
        <translation>Eerdere antwoorden (voordat de regels veranderden):</translation>
    </message>
    <message numerus="yes">
        <source>This deletes this person with their answers, papers, dates and reminders, and %Ln photo(s) or file(s) of their papers. You cannot undo this.</source>
        <translation>
            <numerusform>Dit verwijdert deze persoon met de antwoorden, papieren, datums en herinneringen, en %Ln foto of bestand van de papieren. Dit kunt u niet ongedaan maken.</numerusform>
            <numerusform>Dit verwijdert deze persoon met de antwoorden, papieren, datums en herinneringen, en %Ln foto&apos;s of bestanden van de papieren. Dit kunt u niet ongedaan maken.</numerusform>
        </translation>
    </message>
    <message>
        <source>This deletes this person with their answers, papers, dates and reminders. You cannot undo this.</source>
        <translation>Dit verwijdert deze persoon met de antwoorden, papieren, datums en herinneringen. Dit kunt u niet ongedaan maken.</translation>
    </message>
    <message numerus="yes">
        <source>Remove this person and %Ln photo(s)</source>
        <translation>
            <numerusform>Verwijder deze persoon en %Ln foto</numerusform>
            <numerusform>Verwijder deze persoon en %Ln foto&apos;s</numerusform>
        </translation>
    </message>
    <message>
        <source>This person is no longer in the family list.</source>
        <translation>Deze persoon staat niet meer in de lijst van uw familie.</translation>
    </message>
    <message>
        <source>Kit for %1</source>
        <translation>Infoblad voor %1</translation>
    </message>
</context>
<context>
    <name>NoVoiceNote</name>
    <message>
        <source>This phone has no voice that can read your language aloud.</source>
        <translation>Deze telefoon heeft geen stem die uw taal kan voorlezen.</translation>
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
        <translation>Schrijf een notitie voor uzelf</translation>
    </message>
</context>
<context>
    <name>OwnNameCard</name>
    <message>
        <source>You: %1</source>
        <translation>U: %1</translation>
    </message>
    <message>
        <source>You</source>
        <translation>U</translation>
    </message>
    <message>
        <source>Your name in your own language (you may leave it empty). A helper sees it on the summary.</source>
        <translation>Uw naam in uw eigen taal (mag leeg blijven). Een helper ziet hem op de samenvatting.</translation>
    </message>
    <message>
        <source>Your name in Latin letters, as on your residence permit</source>
        <translation>Uw naam in Latijnse letters, zoals op uw verblijfsvergunning</translation>
    </message>
</context>
<context>
    <name>PageTile</name>
    <message>
        <source>Look at page %1</source>
        <translation>Bekijk pagina %1</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Pagina %1</translation>
    </message>
    <message>
        <source>Added on %1</source>
        <translation>Toegevoegd op %1</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Bekijken</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Kopie bewaren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>PhaseCard</name>
    <message>
        <source>Where you are now</source>
        <translation>Waar u nu bent</translation>
    </message>
    <message>
        <source>What you can do now</source>
        <translation>Wat u nu kunt doen</translation>
    </message>
    <message>
        <source>What your family abroad does</source>
        <translation>Wat uw familie in het buitenland doet</translation>
    </message>
</context>
<context>
    <name>PhaseGroup</name>
    <message>
        <source>Next step: %1</source>
        <translation>Volgende stap: %1</translation>
    </message>
    <message>
        <source>See the steps</source>
        <translation>Bekijk de stappen</translation>
    </message>
</context>
<context>
    <name>PhaseTexts</name>
    <message numerus="yes">
        <source>%Ln year(s)</source>
        <translation>
            <numerusform>%Ln jaar</numerusform>
            <numerusform>%Ln jaar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s)</source>
        <translation>
            <numerusform>%Ln maand</numerusform>
            <numerusform>%Ln maanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln week(s)</source>
        <translation>
            <numerusform>%Ln week</numerusform>
            <numerusform>%Ln weken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln dag</numerusform>
            <numerusform>%Ln dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Usually up to %1.</source>
        <translation>Meestal tot %1.</translation>
    </message>
    <message>
        <source>It can take %1 longer.</source>
        <translation>Het kan %1 langer duren.</translation>
    </message>
    <message>
        <source>Application not sent yet</source>
        <translation>Aanvraag nog niet verstuurd</translation>
    </message>
</context>
<context>
    <name>PhotoCheck</name>
    <message>
        <source>The photo is blurred. Hold the phone still and take it again.</source>
        <translation>De foto is wazig. Houd de telefoon stil en maak de foto opnieuw.</translation>
    </message>
    <message>
        <source>A light shines on the paper and hides part of it. Move the paper or the light and take the photo again.</source>
        <translation>Er schijnt licht op het papier en dat verbergt een deel. Verschuif het papier of het licht en maak de foto opnieuw.</translation>
    </message>
    <message>
        <source>The photo is too dark. Take it again in more light.</source>
        <translation>De foto is te donker. Maak hem opnieuw in meer licht.</translation>
    </message>
    <message>
        <source>Part of the paper is cut off. Take the photo again with all four corners of the paper in it.</source>
        <translation>Een deel van het papier valt buiten de foto. Maak de foto opnieuw met alle vier de hoeken van het papier erop.</translation>
    </message>
</context>
<context>
    <name>PhotoCheckPage</name>
    <message>
        <source>Check the photo</source>
        <translation>Foto controleren</translation>
    </message>
    <message>
        <source>There is no photo to check.</source>
        <translation>Er is geen foto om te controleren.</translation>
    </message>
    <message>
        <source>Making the page straight. This can take a moment.</source>
        <translation>De pagina wordt rechtgezet. Dit kan even duren.</translation>
    </message>
    <message>
        <source>Checking the photo. This can take a moment.</source>
        <translation>De foto wordt gecontroleerd. Dit kan even duren.</translation>
    </message>
    <message>
        <source>The photo looks clear.</source>
        <translation>De foto ziet er duidelijk uit.</translation>
    </message>
    <message>
        <source>Check the four round marks. Each must be on a corner of the paper. If one is not, drag it there.</source>
        <translation>Controleer de vier ronde tekens. Elk moet op een hoek van het papier staan. Staat er een niet goed, sleep hem dan naar de hoek.</translation>
    </message>
    <message>
        <source>Samen could not find the edges of the paper. Drag the four round marks to the corners of the paper.</source>
        <translation>Samen kon de randen van het papier niet vinden. Sleep de vier ronde tekens naar de hoeken van het papier.</translation>
    </message>
    <message>
        <source>The photo</source>
        <translation>De foto</translation>
    </message>
    <message>
        <source>Top left corner of the paper</source>
        <translation>Hoek linksboven van het papier</translation>
    </message>
    <message>
        <source>Top right corner of the paper</source>
        <translation>Hoek rechtsboven van het papier</translation>
    </message>
    <message>
        <source>Bottom right corner of the paper</source>
        <translation>Hoek rechtsonder van het papier</translation>
    </message>
    <message>
        <source>Bottom left corner of the paper</source>
        <translation>Hoek linksonder van het papier</translation>
    </message>
    <message>
        <source>Take again</source>
        <translation>Opnieuw maken</translation>
    </message>
    <message>
        <source>Use this photo</source>
        <translation>Deze foto gebruiken</translation>
    </message>
    <message>
        <source>The arrow keys move this mark.</source>
        <translation>De pijltjestoetsen verplaatsen dit teken.</translation>
    </message>
</context>
<context>
    <name>ReadDateCheck</name>
    <message>
        <source>Samen read this in the letter: &quot;%1&quot;. Check the date against the paper, then save.</source>
        <translation>Samen las dit in de brief: &quot;%1&quot;. Controleer de datum op het papier en sla dan op.</translation>
    </message>
</context>
<context>
    <name>ReaderFoundDate</name>
    <message>
        <source>From the words in the letter: &quot;%1&quot;</source>
        <translation>Uit de woorden in de brief: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>This day has already passed. Ask a helper today what you can still do.</source>
        <translation>Deze dag is al voorbij. Vraag vandaag een helper wat u nog kunt doen.</translation>
    </message>
</context>
<context>
    <name>ReaderPage</name>
    <message>
        <source>Let Samen read the letter</source>
        <translation>Laat Samen de brief lezen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Choose a photo or a PDF file of the letter</source>
        <translation>Kies een foto of een pdf-bestand van de brief</translation>
    </message>
    <message>
        <source>Photos and PDF files</source>
        <translation>Foto&apos;s en pdf-bestanden</translation>
    </message>
    <message>
        <source>Samen reads the letter on this phone. Nothing is sent anywhere, and nothing is saved unless you choose to.</source>
        <translation>Samen leest de brief op deze telefoon. Er wordt niets verstuurd, en niets bewaard als u dat niet kiest.</translation>
    </message>
    <message>
        <source>Put the letter flat on a table, in good light. The whole first page must be in the photo.</source>
        <translation>Leg de brief plat op een tafel, in goed licht. De hele eerste bladzijde moet op de foto.</translation>
    </message>
    <message>
        <source>Take a photo of the letter</source>
        <translation>Maak een foto van de brief</translation>
    </message>
    <message>
        <source>Choose a photo or PDF of the letter</source>
        <translation>Kies een foto of pdf van de brief</translation>
    </message>
    <message>
        <source>Choose the letter from the list yourself</source>
        <translation>Kies de brief zelf uit de lijst</translation>
    </message>
    <message>
        <source>Samen is reading the letter. This can take up to a minute.</source>
        <translation>Samen leest de brief. Dit kan tot een minuut duren.</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Stoppen met lezen</translation>
    </message>
    <message>
        <source>This does not look like an IND letter.</source>
        <translation>Dit lijkt geen brief van de IND.</translation>
    </message>
    <message>
        <source>Maybe the photo is not sharp, or this is another kind of letter. You can try another photo, or choose the letter from the list by the Dutch words at its top.</source>
        <translation>Misschien is de foto niet scherp, of is dit een ander soort brief. Probeer een andere foto, of kies de brief uit de lijst aan de hand van de Nederlandse woorden bovenaan.</translation>
    </message>
    <message>
        <source>Try another photo or file</source>
        <translation>Probeer een andere foto of een ander bestand</translation>
    </message>
    <message>
        <source>Samen read the letter. Check what it found against the paper before you continue.</source>
        <translation>Samen heeft de brief gelezen. Controleer wat Samen vond op het papier voordat u verdergaat.</translation>
    </message>
    <message>
        <source>Samen is not sure about this letter. Check everything below against the paper.</source>
        <translation>Samen is niet zeker over deze brief. Controleer alles hieronder op het papier.</translation>
    </message>
    <message>
        <source>Which letter it seems to be</source>
        <translation>Welke brief het lijkt te zijn</translation>
    </message>
    <message>
        <source>Which of these is it?</source>
        <translation>Welke is het?</translation>
    </message>
    <message>
        <source>Samen could not tell these letters apart. Look for these Dutch words in the letter and choose.</source>
        <translation>Samen kon deze brieven niet uit elkaar houden. Zoek deze Nederlandse woorden in de brief en kies.</translation>
    </message>
    <message>
        <source>Date of the letter</source>
        <translation>Datum van de brief</translation>
    </message>
    <message>
        <source>Samen did not find the date of the letter. You can enter it on the next page.</source>
        <translation>Samen vond de datum van de brief niet. U kunt hem op de volgende pagina invullen.</translation>
    </message>
    <message>
        <source>Answer before</source>
        <translation>Antwoord vóór</translation>
    </message>
    <message>
        <source>Samen did not find a day to answer by. Look in the letter for words like &quot;binnen&quot; and a date.</source>
        <translation>Samen vond geen dag om voor te antwoorden. Zoek in de brief naar woorden als &quot;binnen&quot; en een datum.</translation>
    </message>
    <message>
        <source>The IND decides before</source>
        <translation>De IND beslist vóór</translation>
    </message>
    <message>
        <source>V-number: %1</source>
        <translation>V-nummer: %1</translation>
    </message>
    <message>
        <source>Continue: check the dates and save</source>
        <translation>Verder: datums controleren en opslaan</translation>
    </message>
    <message>
        <source>It is another letter: choose from the list</source>
        <translation>Het is een andere brief: kies uit de lijst</translation>
    </message>
    <message>
        <source>Read another photo or file</source>
        <translation>Een andere foto of een ander bestand lezen</translation>
    </message>
</context>
<context>
    <name>ReadingTexts</name>
    <message>
        <source>This file is empty. Choose another photo or file of the letter.</source>
        <translation>Dit bestand is leeg. Kies een andere foto of een ander bestand van de brief.</translation>
    </message>
    <message>
        <source>This file is too large to read. Take a new photo of the letter, or choose a smaller file.</source>
        <translation>Dit bestand is te groot om te lezen. Maak een nieuwe foto van de brief, of kies een kleiner bestand.</translation>
    </message>
    <message>
        <source>Samen can read photos (JPEG, PNG) and PDF files. Choose a photo or a PDF of the letter.</source>
        <translation>Samen kan foto&apos;s (JPEG, PNG) en pdf-bestanden lezen. Kies een foto of een pdf van de brief.</translation>
    </message>
    <message>
        <source>This PDF has too many pages to be one letter. Choose the PDF of one letter.</source>
        <translation>Deze pdf heeft te veel bladzijden voor één brief. Kies de pdf van één brief.</translation>
    </message>
    <message>
        <source>The letter reader is missing from this installation of Samen. Choose the letter from the list yourself.</source>
        <translation>De brieflezer ontbreekt in deze installatie van Samen. Kies de brief zelf uit de lijst.</translation>
    </message>
    <message>
        <source>This file cannot be read. Take a new photo of the letter, or choose another file.</source>
        <translation>Dit bestand kan niet worden gelezen. Maak een nieuwe foto van de brief, of kies een ander bestand.</translation>
    </message>
    <message>
        <source>Samen could not find which letter this is.</source>
        <translation>Samen kon niet vinden welke brief dit is.</translation>
    </message>
    <message>
        <source>The letter has words of two kinds of letters.</source>
        <translation>De brief heeft woorden van twee soorten brieven.</translation>
    </message>
    <message>
        <source>Samen could not read whether the objection was accepted or not.</source>
        <translation>Samen kon niet lezen of het bezwaar is toegewezen of niet.</translation>
    </message>
    <message>
        <source>Samen did not find the date of the letter.</source>
        <translation>Samen vond de datum van de brief niet.</translation>
    </message>
    <message>
        <source>The letter has more than one date that could be meant.</source>
        <translation>De brief heeft meer dan één datum die bedoeld kan zijn.</translation>
    </message>
    <message>
        <source>The date of the letter is long ago. Check that Samen read it right.</source>
        <translation>De datum van de brief is lang geleden. Controleer of Samen hem goed las.</translation>
    </message>
    <message>
        <source>The date of the letter is after today. Check that Samen read it right.</source>
        <translation>De datum van de brief ligt na vandaag. Controleer of Samen hem goed las.</translation>
    </message>
    <message>
        <source>A date in the letter was hard to read.</source>
        <translation>Een datum in de brief was moeilijk te lezen.</translation>
    </message>
    <message>
        <source>Samen did not find by when you must answer.</source>
        <translation>Samen vond niet voor wanneer u moet antwoorden.</translation>
    </message>
    <message>
        <source>The letter gives a period, but Samen is not sure from which day it counts.</source>
        <translation>De brief noemt een termijn, maar Samen weet niet zeker vanaf welke dag die telt.</translation>
    </message>
    <message>
        <source>A date Samen read is before the date of the letter. Check it against the paper.</source>
        <translation>Een datum die Samen las, ligt vóór de datum van de brief. Controleer hem op het papier.</translation>
    </message>
    <message>
        <source>The day to answer by is far away. Check that Samen read it right.</source>
        <translation>De dag om voor te antwoorden is ver weg. Controleer of Samen hem goed las.</translation>
    </message>
    <message>
        <source>The V-number was hard to read.</source>
        <translation>Het V-nummer was moeilijk te lezen.</translation>
    </message>
    <message>
        <source>The photo was hard to read. A sharper photo in good light helps.</source>
        <translation>De foto was moeilijk te lezen. Een scherpere foto in goed licht helpt.</translation>
    </message>
    <message>
        <source>Samen is not sure about part of this letter.</source>
        <translation>Samen is niet zeker over een deel van deze brief.</translation>
    </message>
    <message>
        <source>Samen did not find the day by which the IND decides.</source>
        <translation>Samen vond niet de dag waarop de IND uiterlijk beslist.</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Family reunification application</source>
        <translation>Aanvraag gezinshereniging</translation>
    </message>
    <message>
        <source>IND decision</source>
        <translation>Besluit van de IND</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Bezwaar</translation>
    </message>
    <message>
        <source>Collect the mvv</source>
        <translation>De mvv ophalen</translation>
    </message>
    <message>
        <source>Travel with the mvv</source>
        <translation>Reizen met de mvv</translation>
    </message>
    <message>
        <source>First visit to the GP</source>
        <translation>Eerste bezoek aan de huisarts</translation>
    </message>
    <message>
        <source>Answer to an IND letter</source>
        <translation>Antwoord op een brief van de IND</translation>
    </message>
    <message>
        <source>You have a date to check.</source>
        <translation>U heeft een datum om na te kijken.</translation>
    </message>
    <message>
        <source>%1: today.</source>
        <translation>%1: vandaag.</translation>
    </message>
    <message>
        <source>%1: today, %2.</source>
        <translation>%1: vandaag, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n days left.</source>
        <translation>
            <numerusform>%1: nog %n dag.</numerusform>
            <numerusform>%1: nog %n dagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n days left, until %2.</source>
        <translation>
            <numerusform>%1: nog %n dag, tot %2.</numerusform>
            <numerusform>%1: nog %n dagen, tot %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Samen: a date to check</source>
        <translation>Samen: een datum om na te kijken</translation>
    </message>
    <message>
        <source>End of the waiting time</source>
        <translation>Einde van de wachttijd</translation>
    </message>
</context>
<context>
    <name>RestorePage</name>
    <message>
        <source>Restore a backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>Kies het back-upbestand</translation>
    </message>
    <message>
        <source>This replaces all information in Samen with the information in the backup.</source>
        <translation>Dit vervangt alle gegevens in Samen door de gegevens uit de back-up.</translation>
    </message>
    <message>
        <source>Backup file: %1</source>
        <translation>Back-upbestand: %1</translation>
    </message>
    <message>
        <source>Backup password</source>
        <translation>Back-upwachtwoord</translation>
    </message>
    <message>
        <source>Your information is back.</source>
        <translation>Uw gegevens zijn terug.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <source>Checking and restoring the backup.</source>
        <translation>De back-up wordt gecontroleerd en teruggezet.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Everything in Samen now is replaced by what is in the backup. What you added or changed after the backup was made is lost. You cannot undo this.</source>
        <translation>Alles wat nu in Samen staat, wordt vervangen door wat in de back-up staat. Wat u na het maken van de back-up heeft toegevoegd of veranderd, gaat verloren. Dit kunt u niet ongedaan maken.</translation>
    </message>
    <message>
        <source>Yes, replace it with the backup</source>
        <translation>Ja, vervang het door de back-up</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Your result</source>
        <translation>Uw uitkomst</translation>
    </message>
    <message>
        <source>There is no result yet. First answer the questions about you and your family.</source>
        <translation>Er is nog geen uitkomst. Beantwoord eerst de vragen over u en uw familie.</translation>
    </message>
    <message>
        <source>Who can help: a volunteer of VluchtelingenWerk at your AZC or in your town, or a lawyer through the Juridisch Loket. Show them this screen. Samen is not a lawyer.</source>
        <translation>Wie kan helpen: een vrijwilliger van VluchtelingenWerk in uw azc of uw woonplaats, of een advocaat via het Juridisch Loket. Laat hun dit scherm zien. Samen is geen advocaat.</translation>
    </message>
    <message>
        <source>Change my answers</source>
        <translation>Mijn antwoorden veranderen</translation>
    </message>
    <message>
        <source>Next: the papers for each person</source>
        <translation>Volgende: de papieren per persoon</translation>
    </message>
</context>
<context>
    <name>RulesChangeNotice</name>
    <message>
        <source>Samen&apos;s rules were updated (rules as of %1).</source>
        <translation>De regels in Samen zijn bijgewerkt (regels van %1).</translation>
    </message>
    <message>
        <source>For %1 the answer is now: %2. Before it was: %3.</source>
        <translation>Voor %1 is het antwoord nu: %2. Eerst was het: %3.</translation>
    </message>
    <message>
        <source>Until %1 the answer was: %2 (rules as of %3).</source>
        <translation>Tot %1 was het antwoord: %2 (regels van %3).</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Hide</source>
        <translation>Verberg</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Toon</translation>
    </message>
    <message>
        <source>Hide: %1</source>
        <translation>Verbergen: %1</translation>
    </message>
    <message>
        <source>Show: %1</source>
        <translation>Tonen: %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>About Samen</source>
        <translation>Over Samen</translation>
    </message>
    <message>
        <source>Samen works without internet. It does not send your information anywhere.</source>
        <translation>Samen werkt zonder internet. De app stuurt uw gegevens nergens heen.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versie %1</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Veiligheid</translation>
    </message>
    <message>
        <source>Your information is locked on this phone. Samen locks itself when you leave the app or do not use it for 5 minutes.</source>
        <translation>Uw gegevens zijn op slot op deze telefoon. Samen gaat vanzelf op slot als u de app verlaat of 5 minuten niet gebruikt.</translation>
    </message>
    <message>
        <source>Lock Samen now</source>
        <translation>Samen nu op slot doen</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Wachtwoord wijzigen</translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation>Pincode wijzigen</translation>
    </message>
    <message>
        <source>Make a backup</source>
        <translation>Back-up maken</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <source>Erase everything</source>
        <translation>Alles wissen</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Herinneringen</translation>
    </message>
    <message>
        <source>Say which date in reminders</source>
        <translation>Zeg in herinneringen welke datum</translation>
    </message>
    <message>
        <source>Off: a reminder only says &quot;You have a date to check.&quot; On: it also says which date and when. Others may see reminders on your screen.</source>
        <translation>Uit: een herinnering zegt alleen &quot;U heeft een datum om na te kijken.&quot; Aan: hij zegt ook welke datum en wanneer. Anderen kunnen herinneringen op uw scherm zien.</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datums</translation>
    </message>
    <message>
        <source>Also show dates in the Ethiopian calendar (E.C.)</source>
        <translation>Datums ook in de Ethiopische kalender tonen (E.C.)</translation>
    </message>
    <message>
        <source>Samen always shows the Gregorian (European) date first, as the IND writes it. The Ethiopian date comes after it, marked E.C.</source>
        <translation>Samen toont altijd eerst de Gregoriaanse (Europese) datum, zoals de IND die schrijft. De Ethiopische datum komt erna, met E.C. erbij.</translation>
    </message>
    <message>
        <source>Your PIN works together with a key in this phone&apos;s secure chip. A copy of Samen&apos;s files cannot be opened on another device.</source>
        <translation>Uw pincode werkt samen met een sleutel in de beveiligde chip van deze telefoon. Een kopie van de bestanden van Samen kan op een ander apparaat niet worden geopend.</translation>
    </message>
    <message>
        <source>Your PIN works together with a key in Android&apos;s key store (this phone has no separate secure chip for it). A copy of Samen&apos;s files cannot be opened on another device.</source>
        <translation>Uw pincode werkt samen met een sleutel in de sleutelopslag van Android (deze telefoon heeft er geen aparte beveiligde chip voor). Een kopie van de bestanden van Samen kan op een ander apparaat niet worden geopend.</translation>
    </message>
    <message>
        <source>On this computer only your PIN protects a copy of Samen&apos;s files. The computer&apos;s keyring keeps the count of wrong tries, so nobody can reset it.</source>
        <translation>Op deze computer beschermt alleen uw pincode een kopie van de bestanden van Samen. De sleutelbos van de computer houdt bij hoe vaak een verkeerde code is ingetikt, zodat niemand dat kan terugzetten.</translation>
    </message>
    <message>
        <source>On this device only your PIN protects a copy of Samen&apos;s files, and the count of wrong tries is kept in an ordinary file. Choose a PIN that nobody can guess.</source>
        <translation>Op dit apparaat beschermt alleen uw pincode een kopie van de bestanden van Samen, en het aantal verkeerde pogingen staat in een gewoon bestand. Kies een pincode die niemand kan raden.</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tekstgrootte</translation>
    </message>
    <message>
        <source>A</source>
        <comment>the letter on the buttons that make text smaller or larger</comment>
        <translation>A</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Kleinere tekst</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Grotere tekst</translation>
    </message>
    <message>
        <source>Reading aloud</source>
        <translation>Voorlezen</translation>
    </message>
    <message>
        <source>Tap the speaker to hear how Samen reads a text aloud.</source>
        <translation>Tik op de luidspreker om te horen hoe Samen een tekst voorleest.</translation>
    </message>
    <message>
        <source>Read slowly</source>
        <translation>Langzaam voorlezen</translation>
    </message>
    <message>
        <source>Looking for a voice on this phone …</source>
        <translation>Samen zoekt een stem op deze telefoon …</translation>
    </message>
    <message>
        <source>This phone has a voice for your language.</source>
        <translation>Deze telefoon heeft een stem voor uw taal.</translation>
    </message>
    <message>
        <source>This phone has no Dari voice. Texts are read with a Persian (Farsi) voice, which sounds a little different.</source>
        <translation>Deze telefoon heeft geen Dari-stem. Teksten worden voorgelezen met een Perzische (Farsi) stem, die een beetje anders klinkt.</translation>
    </message>
    <message>
        <source>This phone has no voice that can read your language aloud.</source>
        <translation>Deze telefoon heeft geen stem die uw taal kan voorlezen.</translation>
    </message>
    <message>
        <source>The first tap on a speaker also checks whether this phone has a voice for your language.</source>
        <translation>Als u voor het eerst op een luidspreker tikt, kijkt Samen ook of deze telefoon een stem voor uw taal heeft.</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Protect your information</source>
        <translation>Bescherm uw gegevens</translation>
    </message>
    <message>
        <source>Choose a password. Samen asks for it each time you open the app. Everything you save stays locked on this phone.</source>
        <translation>Kies een wachtwoord. Samen vraagt erom elke keer dat u de app opent. Alles wat u bewaart, blijft op slot op deze telefoon.</translation>
    </message>
    <message>
        <source>Choose a PIN of at least 6 numbers. Samen asks for it each time you open the app. Everything you save stays locked on this phone.</source>
        <translation>Kies een pincode van minstens 6 cijfers. Samen vraagt erom elke keer dat u de app opent. Alles wat u bewaart, blijft op slot op deze telefoon.</translation>
    </message>
    <message>
        <source>New password (at least 8 characters)</source>
        <translation>Nieuw wachtwoord (minstens 8 tekens)</translation>
    </message>
    <message>
        <source>New PIN (at least 6 numbers)</source>
        <translation>Nieuwe pincode (minstens 6 cijfers)</translation>
    </message>
    <message>
        <source>Type the password again</source>
        <translation>Typ het wachtwoord nog een keer</translation>
    </message>
    <message>
        <source>Type the PIN again</source>
        <translation>Typ de pincode nog een keer</translation>
    </message>
    <message>
        <source>The two are not the same. Type them again.</source>
        <translation>De twee zijn niet hetzelfde. Typ ze opnieuw.</translation>
    </message>
    <message>
        <source>Important: if you forget your PIN, nobody can open your information, not even the makers of Samen. Make a backup in Settings, so that you can get it back.</source>
        <translation>Belangrijk: als u uw pincode vergeet, kan niemand uw gegevens openen, ook de makers van Samen niet. Maak een back-up bij Instellingen, zodat u ze terug kunt krijgen.</translation>
    </message>
    <message>
        <source>Lock my information</source>
        <translation>Mijn gegevens op slot doen</translation>
    </message>
    <message>
        <source>Locking your information. This takes a few seconds.</source>
        <translation>Uw gegevens gaan op slot. Dit duurt een paar seconden.</translation>
    </message>
    <message>
        <source>Use a PIN instead</source>
        <translation>Gebruik liever een pincode</translation>
    </message>
    <message>
        <source>Use a password instead</source>
        <translation>Gebruik liever een wachtwoord</translation>
    </message>
</context>
<context>
    <name>SpeakerButton</name>
    <message>
        <source>Stop reading: %1</source>
        <translation>Stoppen met voorlezen: %1</translation>
    </message>
    <message>
        <source>Read aloud: %1</source>
        <translation>Voorlezen: %1</translation>
    </message>
</context>
<context>
    <name>StageEditor</name>
    <message>
        <source>Date in the IND letter</source>
        <translation>Datum in de IND-brief</translation>
    </message>
    <message>
        <source>Same date for everyone in this application</source>
        <translation>Dezelfde datum voor iedereen in deze aanvraag</translation>
    </message>
    <message>
        <source>Remove this date</source>
        <translation>Deze datum weghalen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>StageStep</name>
    <message>
        <source>No date yet</source>
        <translation>Nog geen datum</translation>
    </message>
    <message>
        <source>Change the date</source>
        <translation>Datum veranderen</translation>
    </message>
    <message>
        <source>Enter the date</source>
        <translation>Datum invullen</translation>
    </message>
</context>
<context>
    <name>StepDateEntry</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>StepRow</name>
    <message>
        <source>A letter from the IND came</source>
        <translation>Er kwam een brief van de IND</translation>
    </message>
    <message>
        <source>All steps</source>
        <translation>Alle stappen</translation>
    </message>
</context>
<context>
    <name>StrengthHint</name>
    <message>
        <source>Too short: use at least 8 characters.</source>
        <translation>Te kort: gebruik minstens 8 tekens.</translation>
    </message>
    <message>
        <source>Easy to guess. Add more words or numbers.</source>
        <translation>Makkelijk te raden. Voeg meer woorden of cijfers toe.</translation>
    </message>
    <message>
        <source>Good. A longer password is even safer.</source>
        <translation>Goed. Een langer wachtwoord is nog veiliger.</translation>
    </message>
    <message>
        <source>Strong password.</source>
        <translation>Sterk wachtwoord.</translation>
    </message>
    <message>
        <source>This PIN is easy to guess: it repeats, counts up or down, is very common or looks like a year. Choose 6 numbers without a pattern.</source>
        <translation>Deze pincode is makkelijk te raden: hij herhaalt zich, telt op of af, wordt heel vaak gekozen of lijkt op een jaartal. Kies 6 cijfers zonder patroon.</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>The file could not be written. Choose another place.</source>
        <translation>Het bestand kon niet worden opgeslagen. Kies een andere plek.</translation>
    </message>
    <message>
        <source>Family reunification: summary</source>
        <translation>Gezinshereniging: samenvatting</translation>
    </message>
    <message>
        <source>Person in the Netherlands (referent)</source>
        <translation>Persoon in Nederland (referent)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>Naam in Latijnse letters</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>Bescherming</translation>
    </message>
    <message>
        <source>Date of the IND decision</source>
        <translation>Datum van de IND-beschikking</translation>
    </message>
    <message>
        <source>Family members</source>
        <translation>Gezinsleden</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relatie</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Latest step</source>
        <translation>Laatste stap</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Termijnen</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Voor</translation>
    </message>
    <message>
        <source>Whole family</source>
        <translation>Hele gezin</translation>
    </message>
    <message>
        <source>Note by the user (own words, not checked)</source>
        <translation>Notitie van de gebruiker (eigen woorden, niet gecontroleerd)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>No family members entered yet.</source>
        <translation>Nog geen gezinsleden ingevuld.</translation>
    </message>
    <message>
        <source>No open deadlines.</source>
        <translation>Geen open termijnen.</translation>
    </message>
    <message>
        <source>Rules as of</source>
        <translation>Regels van</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Pagina</translation>
    </message>
    <message>
        <source>Made with the Samen app from the user&apos;s own answers. Not an official document: check the facts with the IND letters.</source>
        <translation>Gemaakt met de app Samen uit de eigen antwoorden van de gebruiker. Geen officieel document: controleer de gegevens met de brieven van de IND.</translation>
    </message>
    <message>
        <source>Husband or wife</source>
        <translation>Man of vrouw</translation>
    </message>
    <message>
        <source>Partner (not married)</source>
        <translation>Partner (niet getrouwd)</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Adopted child</source>
        <translation>Geadopteerd kind</translation>
    </message>
    <message>
        <source>Foster child</source>
        <translation>Pleegkind</translation>
    </message>
    <message>
        <source>Child of the partner</source>
        <translation>Kind van de partner</translation>
    </message>
    <message>
        <source>Father or mother</source>
        <translation>Vader of moeder</translation>
    </message>
    <message>
        <source>Brother or sister</source>
        <translation>Broer of zus</translation>
    </message>
    <message>
        <source>Nareis possible</source>
        <translation>Nareis mogelijk</translation>
    </message>
    <message>
        <source>Regular route only (income requirement)</source>
        <translation>Alleen reguliere route (inkomenseis)</translation>
    </message>
    <message>
        <source>Must wait (b-status)</source>
        <translation>Moet wachten (b-status)</translation>
    </message>
    <message>
        <source>Not eligible for nareis</source>
        <translation>Komt niet in aanmerking voor nareis</translation>
    </message>
    <message>
        <source>Unclear: needs advice from a lawyer</source>
        <translation>Onduidelijk: advies van een advocaat nodig</translation>
    </message>
    <message>
        <source>Not known: the questions are not finished</source>
        <translation>Onbekend: de vragen zijn niet afgemaakt</translation>
    </message>
    <message>
        <source>Passport or ID card</source>
        <translation>Paspoort of identiteitskaart</translation>
    </message>
    <message>
        <source>Marriage certificate</source>
        <translation>Huwelijksakte</translation>
    </message>
    <message>
        <source>Proof of the relationship</source>
        <translation>Bewijs van de relatie</translation>
    </message>
    <message>
        <source>Birth certificate</source>
        <translation>Geboorteakte</translation>
    </message>
    <message>
        <source>Adoption papers</source>
        <translation>Adoptiepapieren</translation>
    </message>
    <message>
        <source>Proof of foster care</source>
        <translation>Bewijs van pleegzorg</translation>
    </message>
    <message>
        <source>Consent of the other parent</source>
        <translation>Toestemming van de andere ouder</translation>
    </message>
    <message>
        <source>Police record statement</source>
        <translation>Uittreksel strafregister</translation>
    </message>
    <message>
        <source>Marital status statement</source>
        <translation>Verklaring burgerlijke staat</translation>
    </message>
    <message>
        <source>Sworn translation</source>
        <translation>Beëdigde vertaling</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ontbreekt</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>aangevraagd</translation>
    </message>
    <message>
        <source>in hand, not translated</source>
        <translation>in bezit, niet vertaald</translation>
    </message>
    <message>
        <source>translated</source>
        <translation>vertaald</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>klaar</translation>
    </message>
    <message>
        <source>Application filed</source>
        <translation>Aanvraag ingediend</translation>
    </message>
    <message>
        <source>Extra questions from the IND</source>
        <translation>Extra vragen van de IND</translation>
    </message>
    <message>
        <source>Application approved</source>
        <translation>Aanvraag ingewilligd</translation>
    </message>
    <message>
        <source>Application refused</source>
        <translation>Aanvraag afgewezen</translation>
    </message>
    <message>
        <source>MVV visa issued</source>
        <translation>Mvv-visum afgegeven</translation>
    </message>
    <message>
        <source>Travelled</source>
        <translation>Gereisd</translation>
    </message>
    <message>
        <source>Arrived in the Netherlands</source>
        <translation>Aangekomen in Nederland</translation>
    </message>
    <message>
        <source>Appointment at IND Zevenaar</source>
        <translation>Afspraak bij IND Zevenaar</translation>
    </message>
    <message>
        <source>Registered in the municipality (BRP)</source>
        <translation>Ingeschreven bij de gemeente (BRP)</translation>
    </message>
    <message>
        <source>Not applied yet</source>
        <translation>Nog niet aangevraagd</translation>
    </message>
    <message>
        <source>Last day to apply for nareis (3 months)</source>
        <translation>Laatste dag om nareis aan te vragen (3 maanden)</translation>
    </message>
    <message>
        <source>IND decision due (may be extended)</source>
        <translation>Beslistermijn IND (kan verlengd worden)</translation>
    </message>
    <message>
        <source>Last day to object (bezwaar)</source>
        <translation>Laatste dag voor bezwaar</translation>
    </message>
    <message>
        <source>Collect the MVV at the embassy</source>
        <translation>Mvv ophalen bij de ambassade</translation>
    </message>
    <message>
        <source>Travel to the Netherlands (MVV valid until)</source>
        <translation>Reizen naar Nederland (mvv geldig tot)</translation>
    </message>
    <message>
        <source>First visit to a GP</source>
        <translation>Eerste bezoek aan de huisarts</translation>
    </message>
    <message>
        <source>End of the 2-year wait (b-status)</source>
        <translation>Einde van de wachttijd van 2 jaar (b-status)</translation>
    </message>
    <message>
        <source>Date from a letter</source>
        <translation>Datum uit een brief</translation>
    </message>
    <message>
        <source>Refugee status (a-status)</source>
        <translation>Vluchtelingenstatus (a-status)</translation>
    </message>
    <message>
        <source>Subsidiary protection (b-status)</source>
        <translation>Subsidiaire bescherming (b-status)</translation>
    </message>
    <message>
        <source>Regular route: fee (leges)</source>
        <translation>Gewone route: leges</translation>
    </message>
    <message>
        <source>Regular route: civic integration exam abroad</source>
        <translation>Gewone route: basisexamen inburgering buitenland</translation>
    </message>
    <message>
        <source>Regular route: proof of income and housing</source>
        <translation>Gewone route: bewijs van inkomen en woning</translation>
    </message>
    <message>
        <source>Regular route: health insurance</source>
        <translation>Gewone route: zorgverzekering</translation>
    </message>
    <message>
        <source>Regular route: legalised documents</source>
        <translation>Gewone route: gelegaliseerde documenten</translation>
    </message>
    <message>
        <source>Objection (bezwaar) filed</source>
        <translation>Bezwaar ingediend</translation>
    </message>
    <message>
        <source>Decision on the objection</source>
        <translation>Besluit op het bezwaar</translation>
    </message>
    <message>
        <source>Ticket booked</source>
        <translation>Ticket geboekt</translation>
    </message>
    <message>
        <source>TB screening at the GGD</source>
        <translation>Tbc-onderzoek bij de GGD</translation>
    </message>
    <message>
        <source>First GP visit</source>
        <translation>Eerste bezoek aan de huisarts</translation>
    </message>
    <message>
        <source>IND decision on the objection due</source>
        <translation>Uiterste datum besluit IND op het bezwaar</translation>
    </message>
    <message>
        <source>Last day to appeal (beroep)</source>
        <translation>Laatste dag voor beroep</translation>
    </message>
    <message>
        <source>Report to IND Zevenaar (3 days after arrival)</source>
        <translation>Melden bij IND Zevenaar (3 dagen na aankomst)</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Papers ready</source>
        <translation>Papieren klaar</translation>
    </message>
    <message>
        <source>Papers not ready yet</source>
        <translation>Papieren nog niet klaar</translation>
    </message>
    <message>
        <source>Appointment at the embassy (mvv)</source>
        <translation>Afspraak bij de ambassade (mvv)</translation>
    </message>
    <message>
        <source>Proof of living together</source>
        <translation>Bewijs van samenwonen</translation>
    </message>
</context>
<context>
    <name>SupportOffer</name>
    <message>
        <source>%1

Who can help: %2</source>
        <translation>%1

Wie kan helpen: %2</translation>
    </message>
</context>
<context>
    <name>TermPopup</name>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>TimelineController</name>
    <message>
        <source>This day does not exist. Please check the date.</source>
        <translation>Deze dag bestaat niet. Kijk de datum na.</translation>
    </message>
    <message>
        <source>This date is too long ago. Please check the year.</source>
        <translation>Deze datum is te lang geleden. Kijk het jaar na.</translation>
    </message>
    <message>
        <source>This date is in the future. Choose the day it happened.</source>
        <translation>Deze datum ligt in de toekomst. Kies de dag waarop het gebeurde.</translation>
    </message>
    <message>
        <source>This did not work. Please try again.</source>
        <translation>Dit lukte niet. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>This date is before the day you sent the application. Please check both dates.</source>
        <translation>Deze datum ligt vóór de dag dat u de aanvraag stuurde. Kijk beide datums na.</translation>
    </message>
    <message>
        <source>First enter the day you sent the application.</source>
        <translation>Vul eerst de dag in dat u de aanvraag stuurde.</translation>
    </message>
    <message>
        <source>This day has passed. Choose the date in the letter.</source>
        <translation>Deze dag is voorbij. Kies de datum uit de brief.</translation>
    </message>
    <message>
        <source>The file could not be saved. Choose another place.</source>
        <translation>Het bestand kon niet worden bewaard. Kies een andere plek.</translation>
    </message>
    <message>
        <source>Whole family</source>
        <translation>Hele gezin</translation>
    </message>
    <message>
        <source>Starts: %1</source>
        <translation>Begint: %1</translation>
    </message>
    <message>
        <source>This date does not fit with the date of the step &quot;%1&quot;. Please check both dates.</source>
        <translation>Deze datum past niet bij de datum van de stap &quot;%1&quot;. Kijk beide datums na.</translation>
    </message>
    <message>
        <source>Answer the letter: %1</source>
        <translation>Beantwoord de brief: %1</translation>
    </message>
    <message>
        <source>You said in the questions about your family that the application is sent. To change this, change that answer.</source>
        <translation>U heeft bij de vragen over uw gezin gezegd dat de aanvraag is verstuurd. Wilt u dit veranderen? Verander dan dat antwoord.</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Steps of the procedure</source>
        <translation>Stappen van de procedure</translation>
    </message>
    <message>
        <source>First answer the questions about your family. Then you can follow each step here.</source>
        <translation>Beantwoord eerst de vragen over uw gezin. Dan kunt u hier elke stap volgen.</translation>
    </message>
    <message>
        <source>Start the questions</source>
        <translation>Begin met de vragen</translation>
    </message>
    <message>
        <source>Date in the IND letter</source>
        <translation>Datum in de IND-brief</translation>
    </message>
    <message>
        <source>For whom?</source>
        <translation>Voor wie?</translation>
    </message>
    <message>
        <source>The IND decides before the date in its letter.</source>
        <translation>De IND beslist vóór de datum in haar brief.</translation>
    </message>
    <message>
        <source>Did the IND send a letter that says before which day it decides? Enter that day.</source>
        <translation>Stuurde de IND een brief die zegt vóór welke dag ze beslist? Vul die dag in.</translation>
    </message>
    <message>
        <source>Change the date</source>
        <translation>Datum veranderen</translation>
    </message>
    <message>
        <source>Enter the date</source>
        <translation>Datum invullen</translation>
    </message>
    <message>
        <source>Use 90 days again</source>
        <translation>Weer 90 dagen gebruiken</translation>
    </message>
</context>
<context>
    <name>TimelineTexts</name>
    <message>
        <source>Application sent</source>
        <translation>Aanvraag verstuurd</translation>
    </message>
    <message>
        <source>IND asks for more (DNA test or interview)</source>
        <translation>IND vraagt meer (DNA-test of gesprek)</translation>
    </message>
    <message>
        <source>Yes from the IND</source>
        <translation>Ja van de IND</translation>
    </message>
    <message>
        <source>No from the IND</source>
        <translation>Nee van de IND</translation>
    </message>
    <message>
        <source>Visa (mvv) ready</source>
        <translation>Visum (mvv) klaar</translation>
    </message>
    <message>
        <source>Travelled</source>
        <translation>Gereisd</translation>
    </message>
    <message>
        <source>Arrived in the Netherlands</source>
        <translation>Aangekomen in Nederland</translation>
    </message>
    <message>
        <source>Appointment at the IND in Zevenaar</source>
        <translation>Afspraak bij de IND in Zevenaar</translation>
    </message>
    <message>
        <source>Registered at the town hall</source>
        <translation>Ingeschreven bij de gemeente</translation>
    </message>
    <message>
        <source>You sent the application for your family to the IND.</source>
        <translation>U stuurde de aanvraag voor uw gezin naar de IND.</translation>
    </message>
    <message>
        <source>The IND wants more papers, a DNA test or an interview.</source>
        <translation>De IND wil meer papieren, een DNA-test of een gesprek.</translation>
    </message>
    <message>
        <source>The IND says yes. Your family may come.</source>
        <translation>De IND zegt ja. Uw gezin mag komen.</translation>
    </message>
    <message>
        <source>The IND says no. You can object to this.</source>
        <translation>De IND zegt nee. U kunt hiertegen bezwaar maken.</translation>
    </message>
    <message>
        <source>Your family has the visa (mvv) from the embassy.</source>
        <translation>Uw gezin heeft het visum (mvv) van de ambassade.</translation>
    </message>
    <message>
        <source>Your family is on the way.</source>
        <translation>Uw gezin is onderweg.</translation>
    </message>
    <message>
        <source>Your family is in the Netherlands.</source>
        <translation>Uw gezin is in Nederland.</translation>
    </message>
    <message>
        <source>Your family is registered at the town hall (BRP).</source>
        <translation>Uw gezin staat ingeschreven bij de gemeente (BRP).</translation>
    </message>
    <message>
        <source>Apply for your family</source>
        <translation>Vraag aan voor uw gezin</translation>
    </message>
    <message>
        <source>The IND decides</source>
        <translation>De IND beslist</translation>
    </message>
    <message>
        <source>Object to the no</source>
        <translation>Bezwaar maken tegen het nee</translation>
    </message>
    <message>
        <source>Collect the visa (mvv)</source>
        <translation>Het visum (mvv) ophalen</translation>
    </message>
    <message>
        <source>Travel to the Netherlands</source>
        <translation>Reizen naar Nederland</translation>
    </message>
    <message>
        <source>First visit to the doctor (GP)</source>
        <translation>Eerste bezoek aan de huisarts</translation>
    </message>
    <message>
        <source>The waiting time ends</source>
        <translation>De wachttijd is voorbij</translation>
    </message>
    <message>
        <source>Answer the IND letter</source>
        <translation>Beantwoord de IND-brief</translation>
    </message>
    <message>
        <source>Apply within 3 months after the date on your IND letter.</source>
        <translation>Vraag aan binnen 3 maanden na de datum op uw IND-brief.</translation>
    </message>
    <message>
        <source>You have 4 weeks to object to a no. Talk to a lawyer or VluchtelingenWerk quickly.</source>
        <translation>U heeft 4 weken om bezwaar te maken tegen een nee. Praat snel met een advocaat of VluchtelingenWerk.</translation>
    </message>
    <message>
        <source>Your family must collect the visa at the embassy within 3 months.</source>
        <translation>Uw gezin moet het visum binnen 3 maanden ophalen bij de ambassade.</translation>
    </message>
    <message>
        <source>The visa is valid for 90 days. Your family must come before it ends.</source>
        <translation>Het visum is 90 dagen geldig. Uw gezin moet komen voordat het afloopt.</translation>
    </message>
    <message>
        <source>Visit a doctor (GP) within 2 weeks. Then an interpreter is free.</source>
        <translation>Ga binnen 2 weken naar de huisarts. Dan is een tolk gratis.</translation>
    </message>
    <message>
        <source>A date from a letter of the IND.</source>
        <translation>Een datum uit een brief van de IND.</translation>
    </message>
    <message>
        <source>Send the application for your family before the deadline.</source>
        <translation>Stuur de aanvraag voor uw gezin vóór de termijn.</translation>
    </message>
    <message>
        <source>Wait for the IND. Answer every IND letter in time.</source>
        <translation>Wacht op de IND. Beantwoord elke IND-brief op tijd.</translation>
    </message>
    <message>
        <source>Do what the IND asks, before the date in the letter.</source>
        <translation>Doe wat de IND vraagt, vóór de datum in de brief.</translation>
    </message>
    <message>
        <source>Your family collects the visa (mvv) at the embassy.</source>
        <translation>Uw gezin haalt het visum (mvv) op bij de ambassade.</translation>
    </message>
    <message>
        <source>Object within 4 weeks. Ask a lawyer for help.</source>
        <translation>Maak binnen 4 weken bezwaar. Vraag een advocaat om hulp.</translation>
    </message>
    <message>
        <source>Today is the last day</source>
        <translation>Vandaag is de laatste dag</translation>
    </message>
    <message numerus="yes">
        <source>Passed %Ln days ago</source>
        <translation>
            <numerusform>%Ln dag geleden verlopen</numerusform>
            <numerusform>%Ln dagen geleden verlopen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln days left</source>
        <translation>
            <numerusform>Nog %Ln dag</numerusform>
            <numerusform>Nog %Ln dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Objection sent (bezwaar)</source>
        <translation>Bezwaar gestuurd</translation>
    </message>
    <message>
        <source>IND decided on the objection</source>
        <translation>IND heeft beslist op het bezwaar</translation>
    </message>
    <message>
        <source>Ticket booked</source>
        <translation>Ticket geboekt</translation>
    </message>
    <message>
        <source>TB check at the GGD</source>
        <translation>Tbc-onderzoek bij de GGD</translation>
    </message>
    <message>
        <source>You sent an objection (bezwaar) against the no of the IND.</source>
        <translation>U heeft bezwaar gemaakt tegen het nee van de IND.</translation>
    </message>
    <message>
        <source>The IND sent its decision on your objection.</source>
        <translation>De IND heeft haar besluit op uw bezwaar gestuurd.</translation>
    </message>
    <message>
        <source>The ticket is booked. Now book the appointment with the IND in Zevenaar.</source>
        <translation>Het ticket is geboekt. Maak nu de afspraak met de IND in Zevenaar.</translation>
    </message>
    <message>
        <source>Your family reported to the IND in Zevenaar and got their residence permit.</source>
        <translation>Uw gezin heeft zich gemeld bij de IND in Zevenaar en heeft de verblijfsvergunning gekregen.</translation>
    </message>
    <message>
        <source>Your family had the check for tuberculosis (TB) at the GGD.</source>
        <translation>Uw gezin heeft het onderzoek op tuberculose (tbc) bij de GGD gehad.</translation>
    </message>
    <message>
        <source>Your family visited a doctor (GP).</source>
        <translation>Uw gezin is bij de huisarts geweest.</translation>
    </message>
    <message>
        <source>The IND decides on the objection</source>
        <translation>De IND beslist op het bezwaar</translation>
    </message>
    <message>
        <source>Go to court (appeal)</source>
        <translation>Naar de rechter (beroep)</translation>
    </message>
    <message>
        <source>Report to the IND in Zevenaar</source>
        <translation>Melden bij de IND in Zevenaar</translation>
    </message>
    <message>
        <source>The IND must decide within 3 months. It may take 3 months more. If your IND letter gives a date, use that date.</source>
        <translation>De IND moet binnen 3 maanden beslissen. Het kan 3 maanden langer duren. Staat er een datum in uw IND-brief, gebruik dan die datum.</translation>
    </message>
    <message>
        <source>The IND must decide on your objection within 19 weeks. It may take 6 weeks more.</source>
        <translation>De IND moet binnen 19 weken beslissen op uw bezwaar. Het kan 6 weken langer duren.</translation>
    </message>
    <message>
        <source>Is the answer to your objection still no? You have 4 weeks to go to court (beroep). A lawyer does this for you.</source>
        <translation>Is het antwoord op uw bezwaar nog steeds nee? U heeft 4 weken om in beroep te gaan bij de rechter. Een advocaat doet dit voor u.</translation>
    </message>
    <message>
        <source>Your family must report to the IND in Zevenaar within 3 days after arriving, while the visa is still valid.</source>
        <translation>Uw gezin moet zich binnen 3 dagen na aankomst melden bij de IND in Zevenaar, terwijl het visum nog geldig is.</translation>
    </message>
    <message>
        <source>With subsidiary protection you wait about 2 years. It is not yet sure from which day they count: check the date with a lawyer.</source>
        <translation>Met subsidiaire bescherming wacht u ongeveer 2 jaar. Het is nog niet zeker vanaf welke dag die tellen: vraag een advocaat naar de datum.</translation>
    </message>
    <message>
        <source>Still a no? Go to court within 4 weeks. Ask your lawyer now.</source>
        <translation>Nog steeds nee? Ga binnen 4 weken naar de rechter. Vraag het nu aan uw advocaat.</translation>
    </message>
    <message>
        <source>Book the ticket. Your family must travel within 90 days. As soon as the ticket is booked, book the appointment with the IND in Zevenaar.</source>
        <translation>Boek het ticket. Uw gezin moet binnen 90 dagen reizen. Maak de afspraak met de IND in Zevenaar zodra het ticket geboekt is.</translation>
    </message>
    <message>
        <source>Book the appointment with the IND in Zevenaar now, for within 3 days after arrival.</source>
        <translation>Maak nu de afspraak met de IND in Zevenaar, voor binnen 3 dagen na aankomst.</translation>
    </message>
    <message>
        <source>After arriving, your family must report to the IND in Zevenaar within 3 days.</source>
        <translation>Na aankomst moet uw gezin zich binnen 3 dagen melden bij de IND in Zevenaar.</translation>
    </message>
    <message>
        <source>Report to the IND in Zevenaar within 3 days. Visit a doctor within 2 weeks.</source>
        <translation>Meld u binnen 3 dagen bij de IND in Zevenaar. Ga binnen 2 weken naar de huisarts.</translation>
    </message>
    <message>
        <source>Register your family at the town hall (BRP) and make the TB check at the GGD.</source>
        <translation>Schrijf uw gezin in bij de gemeente (BRP) en laat het tbc-onderzoek doen bij de GGD.</translation>
    </message>
    <message>
        <source>Make the TB check at the GGD and visit a doctor (GP).</source>
        <translation>Laat het tbc-onderzoek doen bij de GGD en ga naar de huisarts.</translation>
    </message>
    <message>
        <source>Visit a doctor (GP) within 2 weeks after arrival.</source>
        <translation>Ga binnen 2 weken na aankomst naar de huisarts.</translation>
    </message>
    <message>
        <source>All steps are done. Welcome! Remember: your family&apos;s permit depends on yours, and you must live together. Tell the IND if that changes.</source>
        <translation>Alle stappen zijn klaar. Welkom! Let op: de vergunning van uw gezin hangt af van uw vergunning, en u moet met uw gezin samenwonen. Vertel het de IND als dat verandert.</translation>
    </message>
    <message>
        <source>Appointment at the embassy for the visa (mvv)</source>
        <translation>Afspraak bij de ambassade voor het visum (mvv)</translation>
    </message>
    <message>
        <source>Your family has an appointment at the Dutch embassy. There the visa (mvv) is put in the passport.</source>
        <translation>Uw gezin heeft een afspraak bij de Nederlandse ambassade. Daar wordt het visum (mvv) in het paspoort gezet.</translation>
    </message>
    <message>
        <source>Bring the passports and the papers the embassy asks for. The visa (mvv) must be collected within 3 months after the yes.</source>
        <translation>Neem de paspoorten mee en de papieren waar de ambassade om vraagt. Het visum (mvv) moet binnen 3 maanden na het ja worden opgehaald.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Samen is locked</source>
        <translation>Samen is op slot</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Uw wachtwoord</translation>
    </message>
    <message>
        <source>Your PIN</source>
        <translation>Uw pincode</translation>
    </message>
    <message numerus="yes">
        <source>You can try again in %Ln second(s).</source>
        <translation>
            <numerusform>U kunt het over %Ln seconde opnieuw proberen.</numerusform>
            <numerusform>U kunt het over %Ln seconden opnieuw proberen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Opening. This takes a few seconds.</source>
        <translation>Bezig met openen. Dit duurt een paar seconden.</translation>
    </message>
    <message>
        <source>I forgot my password</source>
        <translation>Ik ben mijn wachtwoord vergeten</translation>
    </message>
    <message>
        <source>I forgot my PIN</source>
        <translation>Ik ben mijn pincode vergeten</translation>
    </message>
    <message>
        <source>Preparing the example data. This takes a few seconds.</source>
        <translation>De voorbeeldgegevens worden klaargezet. Dit duurt een paar seconden.</translation>
    </message>
</context>
<context>
    <name>VaultController</name>
    <message>
        <source>Samen could not read or write its files. Check that the phone has free space, then try again.</source>
        <translation>Samen kon zijn bestanden niet lezen of schrijven. Kijk of de telefoon vrije ruimte heeft en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>This PIN is too short. Use at least 6 numbers.</source>
        <translation>Deze pincode is te kort. Gebruik minstens 6 cijfers.</translation>
    </message>
    <message>
        <source>This password is too short. Use at least 8 characters.</source>
        <translation>Dit wachtwoord is te kort. Gebruik minstens 8 tekens.</translation>
    </message>
    <message>
        <source>This password is not right. Try again.</source>
        <translation>Dit wachtwoord klopt niet. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>This PIN is not right. Try again.</source>
        <translation>Deze pincode klopt niet. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Too many wrong tries. Wait, then try again.</source>
        <translation>Te vaak fout geprobeerd. Wacht even en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <source>Samen cannot open your information: its key is damaged. You can erase everything and start again, then restore a backup.</source>
        <translation>Samen kan uw gegevens niet openen: de sleutel is beschadigd. U kunt alles wissen en opnieuw beginnen, en daarna een back-up terugzetten.</translation>
    </message>
    <message>
        <source>Your PIN is right, but the stored information is damaged. Restore a backup to get it back.</source>
        <translation>Uw pincode klopt, maar de bewaarde gegevens zijn beschadigd. Zet een back-up terug om ze terug te krijgen.</translation>
    </message>
    <message>
        <source>This backup password is not right. Nothing was changed.</source>
        <translation>Dit back-upwachtwoord klopt niet. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>This file is not a Samen backup. Nothing was changed.</source>
        <translation>Dit bestand is geen back-up van Samen. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Samen. Update the app first.</source>
        <translation>Deze back-up is gemaakt met een nieuwere versie van Samen. Werk eerst de app bij.</translation>
    </message>
    <message>
        <source>This backup file is damaged or incomplete. Nothing was changed.</source>
        <translation>Dit back-upbestand is beschadigd of niet compleet. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>Open Samen with your PIN first.</source>
        <translation>Open Samen eerst met uw pincode.</translation>
    </message>
    <message>
        <source>The file could not be read or written. Nothing was changed.</source>
        <translation>Het bestand kon niet gelezen of geschreven worden. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>Samen is already set up on this phone.</source>
        <translation>Samen is op deze telefoon al ingesteld.</translation>
    </message>
    <message>
        <source>Not everything could be erased. Try again.</source>
        <translation>Niet alles kon gewist worden. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>This PIN is easy to guess: it repeats, counts up or down, is very common or looks like a year. Choose 6 numbers without a pattern.</source>
        <translation>Deze pincode is makkelijk te raden: hij herhaalt zich, telt op of af, wordt heel vaak gekozen of lijkt op een jaartal. Kies 6 cijfers zonder patroon.</translation>
    </message>
    <message>
        <source>This backup password is too short or too easy to guess. Use a few words that only you would put together.</source>
        <translation>Dit back-upwachtwoord is te kort of te makkelijk te raden. Gebruik een paar woorden in een volgorde die niemand anders zou kiezen.</translation>
    </message>
    <message>
        <source>Choose a backup password that is different from the PIN or password that opens Samen.</source>
        <translation>Kies een back-upwachtwoord dat anders is dan de pincode of het wachtwoord waarmee Samen opengaat.</translation>
    </message>
    <message>
        <source>Samen cannot reach this device&apos;s key store, which keeps count of wrong tries. Nothing was checked or changed. Restart the device (on a computer: unlock its keyring), then try again.</source>
        <translation>Samen kan de sleutelopslag van dit apparaat niet bereiken. Die houdt bij hoe vaak een verkeerde code is ingetikt. Er is niets gecontroleerd of veranderd. Start het apparaat opnieuw (op een computer: open de sleutelbos) en probeer het dan nog eens.</translation>
    </message>
    <message>
        <source>This phone is too slow to open this backup. Nothing was changed.</source>
        <translation>Deze telefoon is te langzaam om deze back-up te openen. Er is niets veranderd.</translation>
    </message>
</context>
<context>
    <name>VerdictCard</name>
    <message>
        <source>Where does this rule come from?</source>
        <translation>Waar komt deze regel vandaan?</translation>
    </message>
</context>
<context>
    <name>ViewerPage</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
    <message>
        <source>Photos and files</source>
        <translation>Foto&apos;s en bestanden</translation>
    </message>
    <message>
        <source>Where do you want to save the copies?</source>
        <translation>Waar wilt u de kopieën bewaren?</translation>
    </message>
    <message>
        <source>The copies are not locked. Anyone who uses this phone can see them. Delete the copies after you have uploaded them to the IND website.</source>
        <translation>De kopieën zijn niet op slot. Iedereen die deze telefoon gebruikt, kan ze zien. Verwijder de kopieën nadat u ze op de website van de IND heeft gezet.</translation>
    </message>
    <message>
        <source>I understand. Choose a folder</source>
        <translation>Ik begrijp het. Kies een map</translation>
    </message>
    <message>
        <source>Do you want to delete this page? You cannot undo this.</source>
        <translation>Wilt u deze pagina verwijderen? Dit kunt u niet ongedaan maken.</translation>
    </message>
    <message>
        <source>Delete the page</source>
        <translation>Verwijder de pagina</translation>
    </message>
    <message>
        <source>No photos or files of this paper yet.</source>
        <translation>Nog geen foto&apos;s of bestanden van dit papier.</translation>
    </message>
    <message>
        <source>This is a PDF file. Samen cannot show it here. Save a copy to open it in another app.</source>
        <translation>Dit is een pdf-bestand. Samen kan het hier niet laten zien. Bewaar een kopie om het in een andere app te openen.</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Vorige pagina</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Uitzoomen</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Inzoomen</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Volgende pagina</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Kopie bewaren</translation>
    </message>
    <message>
        <source>Delete this page</source>
        <translation>Deze pagina verwijderen</translation>
    </message>
    <message>
        <source>Choose this folder</source>
        <translation>Kies deze map</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>VoiceAdvice</name>
    <message>
        <source>To add one: open the phone&apos;s Settings, search for &quot;text-to-speech&quot;, open the speech engine&apos;s settings and install a voice for your language. Then Samen can read texts aloud.</source>
        <translation>Zo voegt u er een toe: open de Instellingen van de telefoon, zoek naar &quot;tekst-naar-spraak&quot;, open de instellingen van de spraakengine en installeer een stem voor uw taal. Daarna kan Samen teksten voorlezen.</translation>
    </message>
</context>
<context>
    <name>WhyBox</name>
    <message>
        <source>Why do we ask this?</source>
        <translation>Waarom vragen we dit?</translation>
    </message>
</context>
</TS>
