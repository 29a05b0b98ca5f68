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
            <source>The measurement's unit does not fit what was measured.</source>
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
        <message>
            <source>Red</source>
            <translation>Rød</translation>
        </message>
        <message>
            <source>Yellow</source>
            <translation>Gul</translation>
        </message>
        <message>
            <source>Possible measurement error</source>
            <translation>Mulig feilmåling</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Mangler</translation>
        </message>
        <message>
            <source>Green</source>
            <translation>Grønn</translation>
        </message>
        <message>
            <source>%1 hour</source>
            <translation>%1 time</translation>
        </message>
        <message>
            <source>%1 hours</source>
            <translation>%1 timer</translation>
        </message>
        <message>
            <source>Systolic blood pressure</source>
            <translation>Systolisk blodtrykk</translation>
        </message>
        <message>
            <source>Diastolic blood pressure</source>
            <translation>Diastolisk blodtrykk</translation>
        </message>
        <message>
            <source>Temperature</source>
            <translation>Temperatur</translation>
        </message>
        <message>
            <source>Blood glucose</source>
            <translation>Blodsukker</translation>
        </message>
        <message>
            <source>Respiratory rate</source>
            <translation>Respirasjonsfrekvens</translation>
        </message>
        <message>
            <source>%1 %2 is below the red limit %3 (measured %4)</source>
            <translation>%1 %2 er under rød grense %3 (målt %4)</translation>
        </message>
        <message>
            <source>%1 %2 is below the yellow limit %3 (measured %4)</source>
            <translation>%1 %2 er under gul grense %3 (målt %4)</translation>
        </message>
        <message>
            <source>%1 %2 is above the red limit %3 (measured %4)</source>
            <translation>%1 %2 er over rød grense %3 (målt %4)</translation>
        </message>
        <message>
            <source>%1 %2 is above the yellow limit %3 (measured %4)</source>
            <translation>%1 %2 er over gul grense %3 (målt %4)</translation>
        </message>
        <message>
            <source>%1 %2 is %3 below the patient's usual %4, more than the red limit %5 (measured %6)</source>
            <translation>%1 %2 er %3 under pasientens vanlige %4, mer enn rød grense %5 (målt %6)</translation>
        </message>
        <message>
            <source>%1 %2 is %3 below the patient's usual %4, more than the yellow limit %5 (measured %6)</source>
            <translation>%1 %2 er %3 under pasientens vanlige %4, mer enn gul grense %5 (målt %6)</translation>
        </message>
        <message>
            <source>%1 %2 is %3 above the patient's usual %4, more than the red limit %5 (measured %6)</source>
            <translation>%1 %2 er %3 over pasientens vanlige %4, mer enn rød grense %5 (målt %6)</translation>
        </message>
        <message>
            <source>%1 %2 is %3 above the patient's usual %4, more than the yellow limit %5 (measured %6)</source>
            <translation>%1 %2 er %3 over pasientens vanlige %4, mer enn gul grense %5 (målt %6)</translation>
        </message>
        <message>
            <source>%1 %2 has risen %3 from %4 (%5), more than the red limit %6 in %7 (measured %8)</source>
            <translation>%1 %2 har steget %3 fra %4 (%5), mer enn rød grense %6 på %7 (målt %8)</translation>
        </message>
        <message>
            <source>%1 %2 has risen %3 from %4 (%5), more than the yellow limit %6 in %7 (measured %8)</source>
            <translation>%1 %2 har steget %3 fra %4 (%5), mer enn gul grense %6 på %7 (målt %8)</translation>
        </message>
        <message>
            <source>%1 %2 has fallen %3 from %4 (%5), more than the red limit %6 in %7 (measured %8)</source>
            <translation>%1 %2 har falt %3 fra %4 (%5), mer enn rød grense %6 på %7 (målt %8)</translation>
        </message>
        <message>
            <source>%1 %2 has fallen %3 from %4 (%5), more than the yellow limit %6 in %7 (measured %8)</source>
            <translation>%1 %2 har falt %3 fra %4 (%5), mer enn gul grense %6 på %7 (målt %8)</translation>
        </message>
        <message>
            <source>Answer «%1» to «%2» (%3)</source>
            <translation>Svar «%1» på «%2» (%3)</translation>
        </message>
        <message>
            <source>Answer to «%1»</source>
            <translation>Svar på «%1»</translation>
        </message>
        <message>
            <source>%1 missing today (expected by %2)</source>
            <translation>%1 mangler i dag (ventet innen %2)</translation>
        </message>
        <message>
            <source>%1 missing: no measurement yet (expected at least every %2 hours)</source>
            <translation>%1 mangler: ingen måling ennå (ventet minst hver %2. time)</translation>
        </message>
        <message>
            <source>%1 missing: not measured for more than %2 (last %3)</source>
            <translation>%1 mangler: ikke målt på over %2 (sist %3)</translation>
        </message>
        <message>
            <source>Possible measurement error: %1 %2 is %3 from the previous measurement %4%5 – ask for a new measurement (measured %6)</source>
            <translation>Mulig feilmåling: %1 %2 er %3 fra forrige måling %4%5 – be om ny måling (målt %6)</translation>
        </message>
        <message>
            <source>Possible measurement error: %1 %2 is outside the possible range %3–%4 – ask for a new measurement (measured %5)</source>
            <translation>Mulig feilmåling: %1 %2 er utenfor mulig område %3–%4 – be om ny måling (målt %5)</translation>
        </message>
        <message>
            <source>Called the patient</source>
            <translation>Ringte pasienten</translation>
        </message>
        <message>
            <source>Advised according to plan</source>
            <translation>Veiledet etter plan</translation>
        </message>
        <message>
            <source>Contacted the GP</source>
            <translation>Kontaktet fastlegen</translation>
        </message>
        <message>
            <source>Sent a PLO message</source>
            <translation>Sendte PLO-melding</translation>
        </message>
        <message>
            <source>Asked for a new measurement</source>
            <translation>Ba om ny måling</translation>
        </message>
        <message>
            <source>No action needed</source>
            <translation>Ingen tiltak nødvendig</translation>
        </message>
        <message>
            <source>yellow under %1</source>
            <translation>gul under %1</translation>
        </message>
        <message>
            <source>red under %1</source>
            <translation>rød under %1</translation>
        </message>
        <message>
            <source>yellow over %1</source>
            <translation>gul over %1</translation>
        </message>
        <message>
            <source>red over %1</source>
            <translation>rød over %1</translation>
        </message>
        <message>
            <source>yellow more than %1 under</source>
            <translation>gul mer enn %1 under</translation>
        </message>
        <message>
            <source>red more than %1 under</source>
            <translation>rød mer enn %1 under</translation>
        </message>
        <message>
            <source>yellow more than %1 over</source>
            <translation>gul mer enn %1 over</translation>
        </message>
        <message>
            <source>red more than %1 over</source>
            <translation>rød mer enn %1 over</translation>
        </message>
        <message>
            <source>%1: usual value %2; %3</source>
            <translation>%1: vanlig verdi %2; %3</translation>
        </message>
        <message>
            <source>yellow if it rises more than %1</source>
            <translation>gul ved økning over %1</translation>
        </message>
        <message>
            <source>red if it rises more than %1</source>
            <translation>rød ved økning over %1</translation>
        </message>
        <message>
            <source>yellow if it falls more than %1</source>
            <translation>gul ved fall over %1</translation>
        </message>
        <message>
            <source>red if it falls more than %1</source>
            <translation>rød ved fall over %1</translation>
        </message>
        <message>
            <source>%1 within %2 hours: %3</source>
            <translation>%1 innen %2 timer: %3</translation>
        </message>
        <message>
            <source>yellow for %1</source>
            <translation>gul ved %1</translation>
        </message>
        <message>
            <source>red for %1</source>
            <translation>rød ved %1</translation>
        </message>
        <message>
            <source>%1: expected every day by %2</source>
            <translation>%1: ventet hver dag innen %2</translation>
        </message>
        <message>
            <source>%1: expected at least every %2 hours</source>
            <translation>%1: ventet minst hver %2. time</translation>
        </message>
        <message>
            <source>%1 %2 · born %3 · national identity number %4</source>
            <translation>%1 %2 · født %3 · fødselsnummer %4</translation>
        </message>
        <message>
            <source>Home measurements %1–%2 (%3 days)</source>
            <translation>Hjemmemålinger %1–%2 (%3 dager)</translation>
        </message>
        <message>
            <source>Varde – summary for the GP</source>
            <translation>Varde – sammendrag for fastlegen</translation>
        </message>
        <message>
            <source>Printed %1 from the follow-up service's workstation</source>
            <translation>Skrevet ut %1 fra oppfølgingstjenestens arbeidsstasjon</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Side %1 av %2</translation>
        </message>
        <message>
            <source>Diagnoses: %1</source>
            <translation>Diagnoser: %1</translation>
        </message>
        <message>
            <source>GP: %1 (%2)</source>
            <translation>Fastlege: %1 (%2)</translation>
        </message>
        <message>
            <source>Measurements</source>
            <translation>Målinger</translation>
        </message>
        <message>
            <source>%1: latest %2 (%3) · min %4 · max %5 · mean %6 · %7 values</source>
            <translation>%1: siste %2 (%3) · min %4 · maks %5 · snitt %6 · %7 målinger</translation>
        </message>
        <message>
            <source>Deviations and how they were handled</source>
            <translation>Avvik og hvordan de ble håndtert</translation>
        </message>
        <message>
            <source>%1 red and %2 yellow findings; %3 not yet acknowledged. Handled: %4</source>
            <translation>%1 røde og %2 gule funn; %3 ikke kvittert ut ennå. Håndtert: %4</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>ingenting</translation>
        </message>
        <message>
            <source>not acknowledged</source>
            <translation>ikke kvittert ut</translation>
        </message>
        <message>
            <source>Limits in force</source>
            <translation>Grenser som gjelder</translation>
        </message>
        <message>
            <source>Varde's built-in default rules: no approved rules for this patient or service.</source>
            <translation>Vardes innebygde standardregler: ingen godkjente regler for denne pasienten eller tjenesten.</translation>
        </message>
        <message>
            <source>Approved by %1 on %2.</source>
            <translation>Godkjent av %1 %2.</translation>
        </message>
        <message>
            <source>The file %1 could not be written.</source>
            <translation>Filen %1 kunne ikke skrives.</translation>
        </message>
        <message>
            <source>Summary for the GP: %1 %2</source>
            <translation>Sammendrag for fastlegen: %1 %2</translation>
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
            <source>User names have 2–32 characters: small letters a–z, digits, '.', '_' or '-'.</source>
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
        <message>
            <source>&amp;Worklist</source>
            <translation>&amp;Arbeidsliste</translation>
        </message>
        <message>
            <source>All &amp;patients</source>
            <translation>Alle &amp;pasienter</translation>
        </message>
        <message>
            <source>Varde</source>
            <translation>Varde</translation>
        </message>
        <message>
            <source>A new red finding in the worklist.</source>
            <translation>Et nytt rødt funn i arbeidslisten.</translation>
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
    <context>
        <name>varde::ui::PatientView</name>
        <message>
            <source>← &amp;Back to the worklist</source>
            <translation>← &amp;Tilbake til arbeidslisten</translation>
        </message>
        <message>
            <source>GP &amp;summary (PDF)…</source>
            <translation>&amp;Sammendrag for fastlegen (PDF) …</translation>
        </message>
        <message>
            <source>Save charts as P&amp;NG…</source>
            <translation>Lagre grafer som P&amp;NG …</translation>
        </message>
        <message>
            <source>Show national &amp;identity number</source>
            <translation>Vis &amp;fødselsnummer</translation>
        </message>
        <message>
            <source>&amp;Trends</source>
            <translation>&amp;Trender</translation>
        </message>
        <message>
            <source>P&amp;lan</source>
            <translation>P&amp;lan</translation>
        </message>
        <message>
            <source>PLO messages to and from the GP will be shown here when the message module is in place.</source>
            <translation>PLO-meldinger til og fra fastlegen vises her når meldingsmodulen er på plass.</translation>
        </message>
        <message>
            <source>&amp;Messages</source>
            <translation>&amp;Meldinger</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Tid</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Finding</source>
            <translation>Funn</translation>
        </message>
        <message>
            <source>Handled</source>
            <translation>Håndtert</translation>
        </message>
        <message>
            <source>&amp;History</source>
            <translation>&amp;Historikk</translation>
        </message>
        <message>
            <source>%1 years · born %2 · national identity number %3</source>
            <translation>%1 år · født %2 · fødselsnummer %3</translation>
        </message>
        <message>
            <source>personal plan approved by %1</source>
            <translation>personlig plan godkjent av %1</translation>
        </message>
        <message>
            <source>Varde's built-in default rules</source>
            <translation>Vardes innebygde standardregler</translation>
        </message>
        <message>
            <source>the service's default rules</source>
            <translation>tjenestens standardregler</translation>
        </message>
        <message>
            <source>Diagnoses: %1
GP: %2 (%3) · Follow-up: %4 · Judged by %5</source>
            <translation>Diagnoser: %1
Fastlege: %2 (%3) · Oppfølging: %4 · Vurderes etter %5</translation>
        </message>
        <message>
            <source>trial period</source>
            <translation>oppstart</translation>
        </message>
        <message>
            <source>active</source>
            <translation>aktiv</translation>
        </message>
        <message>
            <source>Status: %1 – nothing open.</source>
            <translation>Status: %1 – ingenting åpent.</translation>
        </message>
        <message>
            <source>Status: %1</source>
            <translation>Status: %1</translation>
        </message>
        <message>
            <source>No rules are in force.</source>
            <translation>Ingen regler gjelder.</translation>
        </message>
        <message>
            <source>The self-management plan (goals, measures and what to do in each zone) comes with the plan module. The rules that judge the values now:</source>
            <translation>Egenbehandlingsplanen (mål, tiltak og hva som gjøres i hver sone) kommer med planmodulen. Reglene som vurderer verdiene nå:</translation>
        </message>
        <message>
            <source>Approved by %1 on %2.</source>
            <translation>Godkjent av %1 %2.</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Åpent</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Lukket</translation>
        </message>
        <message>
            <source>The chart could not be saved in %1.</source>
            <translation>Grafen kunne ikke lagres i %1.</translation>
        </message>
        <message>
            <source>GP summary</source>
            <translation>Sammendrag for fastlegen</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>Siste 30 dager</translation>
        </message>
        <message>
            <source>Last 90 days</source>
            <translation>Siste 90 dager</translation>
        </message>
        <message>
            <source>&amp;Period:</source>
            <translation>&amp;Periode:</translation>
        </message>
        <message>
            <source>Save the summary as PDF</source>
            <translation>Lagre sammendraget som PDF</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Folder for the chart images</source>
            <translation>Mappe for grafbildene</translation>
        </message>
        <message>
            <source>&amp;Print summary…</source>
            <translation>Skriv &amp;ut sammendrag …</translation>
        </message>
    </context>
    <context>
        <name>varde::ui::QueueModel</name>
        <message>
            <source>%1 min ago</source>
            <translation>for %1 min siden</translation>
        </message>
        <message>
            <source>%1 h ago</source>
            <translation>for %1 t siden</translation>
        </message>
        <message>
            <source>%1 days ago</source>
            <translation>for %1 dager siden</translation>
        </message>
        <message>
            <source>Paused until %1</source>
            <translation>Pause til %1</translation>
        </message>
        <message>
            <source>%1 (+%2 more)</source>
            <translation>%1 (+%2 til)</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Aldri</translation>
        </message>
        <message>
            <source>Personal plan</source>
            <translation>Personlig plan</translation>
        </message>
        <message>
            <source>Approved by %1</source>
            <translation>Godkjent av %1</translation>
        </message>
        <message>
            <source>Status: %1</source>
            <translation>Status: %1</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Alder</translation>
        </message>
        <message>
            <source>Diagnoses</source>
            <translation>Diagnoser</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Årsak</translation>
        </message>
        <message>
            <source>Finding</source>
            <translation>Funn</translation>
        </message>
        <message>
            <source>Last measured</source>
            <translation>Sist målt</translation>
        </message>
        <message>
            <source>Nurse</source>
            <translation>Sykepleier</translation>
        </message>
        <message>
            <source>Rules</source>
            <translation>Regler</translation>
        </message>
        <message>
            <source>Built-in rules</source>
            <translation>Innebygde regler</translation>
        </message>
        <message>
            <source>Default rules</source>
            <translation>Standardregler</translation>
        </message>
    </context>
    <context>
        <name>varde::ui::TrendChart</name>
        <message>
            <source>device</source>
            <translation>måleapparat</translation>
        </message>
        <message>
            <source>entered by hand</source>
            <translation>registrert manuelt</translation>
        </message>
        <message>
            <source>reported by the patient</source>
            <translation>rapportert av pasienten</translation>
        </message>
        <message>
            <source>measured by a helper</source>
            <translation>målt av en hjelper</translation>
        </message>
        <message>
            <source>Source: %1</source>
            <translation>Kilde: %1</translation>
        </message>
        <message>
            <source>Zone: %1</source>
            <translation>Sone: %1</translation>
        </message>
    </context>
    <context>
        <name>varde::ui::TrendPanel</name>
        <message>
            <source>SpO2 (%)</source>
            <translation>SpO2 (%)</translation>
        </message>
        <message>
            <source>Pulse (/min)</source>
            <translation>Puls (/min)</translation>
        </message>
        <message>
            <source>Blood pressure (mmHg), zones for systolic</source>
            <translation>Blodtrykk (mmHg), soner for systolisk</translation>
        </message>
        <message>
            <source>Weight (kg)</source>
            <translation>Vekt (kg)</translation>
        </message>
        <message>
            <source>Temperature (°C)</source>
            <translation>Temperatur (°C)</translation>
        </message>
        <message>
            <source>Blood glucose (mmol/L)</source>
            <translation>Blodsukker (mmol/L)</translation>
        </message>
        <message>
            <source>Respiratory rate (/min)</source>
            <translation>Respirasjonsfrekvens (/min)</translation>
        </message>
        <message>
            <source>%1: %2
Acknowledged %3 by %4: %5%6</source>
            <translation>%1: %2
Kvittert ut %3 av %4: %5%6</translation>
        </message>
        <message>
            <source>Plan changed, approved by %1</source>
            <translation>Planen endret, godkjent av %1</translation>
        </message>
        <message>
            <source>Symptom score</source>
            <translation>Symptomskår</translation>
        </message>
        <message>
            <source>Symptom score from the questionnaire (per day)</source>
            <translation>Symptomskår fra spørreskjemaet (per dag)</translation>
        </message>
        <message>
            <source>7 d</source>
            <translation>7 d</translation>
        </message>
        <message>
            <source>30 d</source>
            <translation>30 d</translation>
        </message>
        <message>
            <source>90 d</source>
            <translation>90 d</translation>
        </message>
        <message>
            <source>1 year</source>
            <translation>1 år</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Alle</translation>
        </message>
        <message>
            <source>Show the last %1 days</source>
            <translation>Vis de siste %1 dagene</translation>
        </message>
        <message>
            <source>Show everything</source>
            <translation>Vis alt</translation>
        </message>
        <message>
            <source>This workstation holds values from %1 (%2 days).</source>
            <translation>Arbeidsstasjonen har verdier fra %1 (%2 dager).</translation>
        </message>
    </context>
    <context>
        <name>varde::ui::WorklistPage</name>
        <message>
            <source>Worklist</source>
            <translation>Arbeidsliste</translation>
        </message>
        <message>
            <source>&amp;My patients only</source>
            <translation>Bare &amp;mine pasienter</translation>
        </message>
        <message>
            <source>M&amp;unicipality:</source>
            <translation>K&amp;ommune:</translation>
        </message>
        <message>
            <source>&amp;Diagnosis:</source>
            <translation>&amp;Diagnose:</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Alle</translation>
        </message>
        <message>
            <source>COPD (J44)</source>
            <translation>KOLS (J44)</translation>
        </message>
        <message>
            <source>Heart failure (I50)</source>
            <translation>Hjertesvikt (I50)</translation>
        </message>
        <message>
            <source>Diabetes (E10–E14)</source>
            <translation>Diabetes (E10–E14)</translation>
        </message>
        <message>
            <source>Cancer (C)</source>
            <translation>Kreft (C)</translation>
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
            <source>Open &amp;findings:</source>
            <translation>Åpne &amp;funn:</translation>
        </message>
        <message>
            <source>Open findings</source>
            <translation>Åpne funn</translation>
        </message>
        <message>
            <source>Select findings to acknowledge only those; with none selected all are acknowledged.</source>
            <translation>Velg funn for å kvittere ut bare dem; uten valg kvitteres alle ut.</translation>
        </message>
        <message>
            <source>Action taken</source>
            <translation>Tiltak</translation>
        </message>
        <message>
            <source>&amp;Action taken:</source>
            <translation>&amp;Tiltak:</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notat</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Notat:</translation>
        </message>
        <message>
            <source>A&amp;cknowledge</source>
            <translation>&amp;Kvitter ut</translation>
        </message>
        <message>
            <source>Mark as measurement &amp;error…</source>
            <translation>Marker som &amp;feilmåling …</translation>
        </message>
        <message>
            <source>&amp;Pause follow-up…</source>
            <translation>&amp;Pause oppfølging …</translation>
        </message>
        <message>
            <source>%1: %2 patients</source>
            <translation>%1: %2 pasienter</translation>
        </message>
        <message>
            <source>No patient selected</source>
            <translation>Ingen pasient valgt</translation>
        </message>
        <message>
            <source>%1 y</source>
            <translation>%1 år</translation>
        </message>
        <message>
            <source>Judged by the personal plan approved by %1.</source>
            <translation>Vurderes etter personlig plan godkjent av %1.</translation>
        </message>
        <message>
            <source>No approved personal plan: judged by the follow-up service's default rules.</source>
            <translation>Ingen godkjent personlig plan: vurderes etter tjenestens standardregler.</translation>
        </message>
        <message>
            <source>Follow-up paused until %1.</source>
            <translation>Oppfølgingen har pause til %1.</translation>
        </message>
        <message>
            <source>Nothing open: all findings are acknowledged.</source>
            <translation>Ingenting åpent: alle funn er kvittert ut.</translation>
        </message>
        <message>
            <source>Select the finding of the measurement that is wrong.</source>
            <translation>Velg funnet for målingen som er feil.</translation>
        </message>
        <message>
            <source>Measurement error</source>
            <translation>Feilmåling</translation>
        </message>
        <message>
            <source>Why is this measurement wrong? It leaves triage and stays visible.</source>
            <translation>Hvorfor er målingen feil? Den tas ut av vurderingen og blir stående synlig.</translation>
        </message>
        <message>
            <source>Pause follow-up</source>
            <translation>Pause oppfølging</translation>
        </message>
        <message>
            <source>Hospital stay</source>
            <translation>Sykehusopphold</translation>
        </message>
        <message>
            <source>Holiday</source>
            <translation>Ferie</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Annet</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Årsak:</translation>
        </message>
        <message>
            <source>&amp;Until (inclusive):</source>
            <translation>&amp;Til og med:</translation>
        </message>
        <message>
            <source>No approved personal plan and no approved default rules for the service: judged by Varde's built-in default rules.</source>
            <translation>Ingen godkjent personlig plan og ingen godkjente standardregler for tjenesten: vurderes etter Vardes innebygde standardregler.</translation>
        </message>
        <message>
            <source>&amp;Restore a measurement marked as error…</source>
            <translation>&amp;Gjenopprett en måling markert som feil …</translation>
        </message>
        <message>
            <source>Marked as measurement error: %1 %2 (%3) – %4</source>
            <translation>Markert som feilmåling: %1 %2 (%3) – %4</translation>
        </message>
        <message>
            <source>Restore measurement</source>
            <translation>Gjenopprett måling</translation>
        </message>
        <message>
            <source>The measurement is judged again by triage:</source>
            <translation>Målingen vurderes igjen av triagen:</translation>
        </message>
    </context>
</TS>
