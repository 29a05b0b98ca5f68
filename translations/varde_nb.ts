<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>Varde</name>
    <message>
        <source>Some of the information is not valid.</source>
        <translation>Noen av opplysningene er ikke gyldige.</translation>
    </message>
    <message>
        <source>The national identity number is not valid.</source>
        <translation>Fødselsnummeret er ikke gyldig.</translation>
    </message>
    <message>
        <source>The time is not valid.</source>
        <translation>Tidspunktet er ikke gyldig.</translation>
    </message>
    <message>
        <source>The measurement has no known unit.</source>
        <translation>Målingen har ingen kjent enhet.</translation>
    </message>
    <message>
        <source>The measurement&apos;s unit does not fit what was measured.</source>
        <translation>Enheten passer ikke til det som ble målt.</translation>
    </message>
    <message>
        <source>No patient data was found in this folder.</source>
        <translation>Fant ingen pasientdata i denne mappen.</translation>
    </message>
    <message>
        <source>Patient data already exists in this folder.</source>
        <translation>Det finnes allerede pasientdata i denne mappen.</translation>
    </message>
    <message>
        <source>The patient data was saved by a newer version of Varde. Install the newest version.</source>
        <translation>Pasientdataene er lagret av en nyere versjon av Varde. Installer den nyeste versjonen.</translation>
    </message>
    <message>
        <source>The patient data cannot be read: the files are damaged or do not belong together. Contact IT support.</source>
        <translation>Pasientdataene kan ikke leses: filene er skadet eller hører ikke sammen. Kontakt IT-støtte.</translation>
    </message>
    <message>
        <source>Varde was installed without encryption and will not store patient data. Contact IT support.</source>
        <translation>Varde er installert uten kryptering og lagrer ikke pasientdata. Kontakt IT-støtte.</translation>
    </message>
    <message>
        <source>The key file is damaged. Contact IT support.</source>
        <translation>Nøkkelfilen er skadet. Kontakt IT-støtte.</translation>
    </message>
    <message>
        <source>There is no user with this user name on this computer.</source>
        <translation>Det finnes ingen bruker med dette brukernavnet på denne datamaskinen.</translation>
    </message>
    <message>
        <source>This user name is already taken.</source>
        <translation>Brukernavnet er allerede i bruk.</translation>
    </message>
    <message>
        <source>The password is not correct. Check Caps Lock and try again.</source>
        <translation>Passordet er feil. Sjekk Caps Lock og prøv igjen.</translation>
    </message>
    <message>
        <source>The patient data could not be saved or read. Nothing was changed.</source>
        <translation>Pasientdataene kunne ikke lagres eller leses. Ingenting ble endret.</translation>
    </message>
    <message>
        <source>A file could not be read or written. Nothing was changed.</source>
        <translation>En fil kunne ikke leses eller skrives. Ingenting ble endret.</translation>
    </message>
    <message>
        <source>Encryption failed. Nothing was changed.</source>
        <translation>Krypteringen feilet. Ingenting ble endret.</translation>
    </message>
    <message>
        <source>Unexpected error (%1).</source>
        <translation>Uventet feil (%1).</translation>
    </message>
    <message>
        <source>SpO2</source>
        <translation>SpO2</translation>
    </message>
    <message>
        <source>Pulse</source>
        <translation>Puls</translation>
    </message>
    <message>
        <source>Systolic</source>
        <translation>Systolisk</translation>
    </message>
    <message>
        <source>Diastolic</source>
        <translation>Diastolisk</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Vekt</translation>
    </message>
    <message>
        <source>Temp.</source>
        <translation>Temp.</translation>
    </message>
    <message>
        <source>Glucose</source>
        <translation>Blodsukker</translation>
    </message>
    <message>
        <source>Resp. rate</source>
        <translation>Resp.frekv.</translation>
    </message>
    <message>
        <source>today %1</source>
        <translation>i dag %1</translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation>i går %1</translation>
    </message>
</context>
<context>
    <name>varde::ui::LoginDialog</name>
    <message>
        <source>Varde – first start</source>
        <translation>Varde – første oppstart</translation>
    </message>
    <message>
        <source>Varde – sign in</source>
        <translation>Varde – logg inn</translation>
    </message>
    <message>
        <source>No patient data exists on this computer yet. Create the first user; the data will be encrypted with a key that only your password opens.</source>
        <translation>Det finnes ingen pasientdata på denne datamaskinen ennå. Opprett den første brukeren; dataene krypteres med en nøkkel som bare passordet ditt åpner.</translation>
    </message>
    <message>
        <source>Sign in with your own user name and password.</source>
        <translation>Logg inn med ditt eget brukernavn og passord.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Brukernavn</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Brukernavn:</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Fullt navn</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Fullt navn:</translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation>Sykepleier</translation>
    </message>
    <message>
        <source>GP</source>
        <translation>Fastlege</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Leder</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passord</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passord:</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Gjenta passord</translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation>&amp;Gjenta passord:</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Feilmelding</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Datamappe: %1</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>Opprett og logg inn</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Logg inn</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Skriv inn brukernavnet ditt.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>De to passordene er ikke like.</translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>Passordet må ha minst 8 tegn.</translation>
    </message>
    <message>
        <source>Enter your full name.</source>
        <translation>Skriv inn fullt navn.</translation>
    </message>
    <message>
        <source>User names have 2–32 characters: small letters a–z, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>Brukernavn har 2–32 tegn: små bokstaver a–z, sifre, «.», «_» eller «-».</translation>
    </message>
</context>
<context>
    <name>varde::ui::MainWindow</name>
    <message>
        <source>nurse</source>
        <translation>sykepleier</translation>
    </message>
    <message>
        <source>GP</source>
        <translation>Fastlege</translation>
    </message>
    <message>
        <source>specialist</source>
        <translation>spesialist</translation>
    </message>
    <message>
        <source>leader</source>
        <translation>leder</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>Varde – digital home follow-up</source>
        <translation>Varde – digital hjemmeoppfølging</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Søk:</translation>
    </message>
    <message>
        <source>Name or national identity number</source>
        <translation>Navn eller fødselsnummer</translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation>Søk etter pasienter</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pasienter</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Last inn på nytt</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>&amp;About Varde</source>
        <translation>&amp;Om Varde</translation>
    </message>
    <message>
        <source>About Varde</source>
        <translation>Om Varde</translation>
    </message>
    <message>
        <source>Varde %1
Clinical workstation for digital home follow-up.
Patient data are stored encrypted (SQLCipher %2).</source>
        <translation>Varde %1
Klinisk arbeidsstasjon for digital hjemmeoppfølging.
Pasientdata lagres kryptert (SQLCipher %2).</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2) · encrypted store: %3</source>
        <translation>Innlogget som %1 (%2) · kryptert lager: %3</translation>
    </message>
    <message>
        <source>Patients (%1)</source>
        <translation>Pasienter (%1)</translation>
    </message>
    <message>
        <source>Patients (%1 of %2)</source>
        <translation>Pasienter (%1 av %2)</translation>
    </message>
</context>
<context>
    <name>varde::ui::PatientListModel</name>
    <message>
        <source>Trial period</source>
        <translation>Oppstart</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Avsluttet</translation>
    </message>
    <message>
        <source>BP %1/%2 mmHg</source>
        <translation>BT %1/%2 mmHg</translation>
    </message>
    <message>
        <source>%1 (%2 y)</source>
        <translation>%1 (%2 år)</translation>
    </message>
    <message>
        <source>No measurements</source>
        <translation>Ingen målinger</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Født</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Diagnoses</source>
        <translation>Diagnoser</translation>
    </message>
    <message>
        <source>GP</source>
        <translation>Fastlege</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Oppfølging</translation>
    </message>
    <message>
        <source>Last measured</source>
        <translation>Sist målt</translation>
    </message>
    <message>
        <source>Latest values</source>
        <translation>Siste verdier</translation>
    </message>
</context>
</TS>
