<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Merk alt</translation>
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
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Lagre alle</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ja til &amp;alle</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nei</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ei til alle</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Forkast</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjelp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Bruk</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Tilbakestill</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Gjenopprett standardverdier</translation>
    </message>
    <message>
        <source>Don't Save</source>
        <translation>Ikke lagre</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Merk alt</translation>
    </message>
</context>
<context>
    <name>SignOutForGood</name>
    <message>
        <source>Sign out for good</source>
        <translation>Logg ut for godt</translation>
    </message>
    <message>
        <source>This workstation has never been connected to a server, so its changes and its access log exist only here. It is not deleted from Varde; ask your IT department if it is to be removed.</source>
        <translation>Denne arbeidsstasjonen har aldri vært koblet til en server, så endringene og tilgangsloggen finnes bare her. Den slettes ikke fra Varde; spør IT-avdelingen om den skal fjernes.</translation>
    </message>
    <message>
        <source>Sign this workstation out for good? Everything waiting is sent to the server first; then the patient data and the keys are deleted from this PC and Varde closes.</source>
        <translation>Logge ut denne arbeidsstasjonen for godt? Alt som venter, sendes først til serveren; deretter slettes pasientdataene og nøklene fra denne PC-en, og Varde lukkes.</translation>
    </message>
    <message>
        <source>The sign-out could not be recorded; nothing was deleted.</source>
        <translation>Utloggingen kunne ikke registreres; ingenting ble slettet.</translation>
    </message>
    <message>
        <source>The access log (%1 events) has not reached the server, and it can never be given up. Nothing was deleted. Connect to the network and try again.%2</source>
        <translation>Tilgangsloggen (%1 hendelser) har ikke nådd serveren, og den kan aldri forkastes. Ingenting ble slettet. Koble til nettet og prøv igjen.%2</translation>
    </message>
    <message>
        <source>%1 changes made on this workstation could not be sent.%2

Give them up and delete the workstation anyway? The access log (%3 events) is still sent first.</source>
        <translation>%1 endringer gjort på denne arbeidsstasjonen kunne ikke sendes.%2

Gi dem opp og slette arbeidsstasjonen likevel? Tilgangsloggen (%3 hendelser) sendes uansett først.</translation>
    </message>
    <message>
        <source>Nothing was deleted. The changes wait and are sent as usual.</source>
        <translation>Ingenting ble slettet. Endringene venter og sendes som vanlig.</translation>
    </message>
</context>
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
    <message>
        <source>Your role does not allow this. Nothing was changed.</source>
        <translation>Rollen din gir ikke tilgang til dette. Ingenting ble endret.</translation>
    </message>
    <message>
        <source>This can no longer be done: someone else may have done it already. Nothing was changed.</source>
        <translation>Dette kan ikke gjøres lenger: noen andre kan allerede ha gjort det. Ingenting ble endret.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>Venter på godkjenning</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Avvist</translation>
    </message>
    <message>
        <source>Food and drink</source>
        <translation>Mat og drikke</translation>
    </message>
    <message>
        <source>Activity and exercise</source>
        <translation>Aktivitet og trening</translation>
    </message>
    <message>
        <source>Social life</source>
        <translation>Sosialt liv</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Psykisk helse</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
    <message>
        <source>GP</source>
        <translation>Fastlege</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>man</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>tir</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>ons</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>tor</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>fre</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>lør</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>søn</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>hver dag</translation>
    </message>
    <message>
        <source>no days</source>
        <translation>ingen dager</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 innen kl. %2</translation>
    </message>
    <message>
        <source>Approved by %1 in Varde on %2</source>
        <translation>Godkjent av %1 i Varde %2</translation>
    </message>
    <message>
        <source>Approved by %1 on %2 by PLO reply, recorded by %3</source>
        <translation>Godkjent av %1 %2 per PLO-svar, registrert av %3</translation>
    </message>
    <message>
        <source>Approved by %1 on %2 by phone, recorded by %3</source>
        <translation>Godkjent av %1 %2 per telefon, registrert av %3</translation>
    </message>
    <message>
        <source>Activated by %1 on %2: limits and medicine measures unchanged from the approved version</source>
        <translation>Aktivert av %1 %2: grenser og medisinske tiltak er uendret fra den godkjente versjonen</translation>
    </message>
    <message>
        <source>The question «%1» has no answer that gives yellow or red.</source>
        <translation>Spørsmålet «%1» har ikke noe svar som gir gul eller rød.</translation>
    </message>
    <message>
        <source>%1: the rule for a missing measurement has neither a time nor an interval.</source>
        <translation>%1: regelen for manglende måling har verken klokkeslett eller intervall.</translation>
    </message>
    <message>
        <source>%1: no limit is set.</source>
        <translation>%1: ingen grense er satt.</translation>
    </message>
    <message>
        <source>%1: the red limit %2 must be lower than the yellow limit %3.</source>
        <translation>%1: rød grense %2 må være lavere enn gul grense %3.</translation>
    </message>
    <message>
        <source>%1: the red limit %2 must be higher than the yellow limit %3.</source>
        <translation>%1: rød grense %2 må være høyere enn gul grense %3.</translation>
    </message>
    <message>
        <source>%1: the red change %2 must be larger than the yellow change %3.</source>
        <translation>%1: rød endring %2 må være større enn gul endring %3.</translation>
    </message>
    <message>
        <source>%1: the lower limit %2 must be below the upper limit %3.</source>
        <translation>%1: nedre grense %2 må være lavere enn øvre grense %3.</translation>
    </message>
    <message>
        <source>%1: %2 cannot be measured (possible range %3–%4).</source>
        <translation>%1: %2 kan ikke måles (mulig område %3–%4).</translation>
    </message>
    <message>
        <source>%1: %2 cannot be measured.</source>
        <translation>%1: %2 kan ikke måles.</translation>
    </message>
    <message>
        <source>%1: «%2» must be above zero.</source>
        <translation>%1: «%2» må være større enn null.</translation>
    </message>
    <message>
        <source>The rule does not say what it judges.</source>
        <translation>Regelen sier ikke hva den vurderer.</translation>
    </message>
    <message>
        <source>The time must be between 00:00 and 23:59.</source>
        <translation>Klokkeslettet må være mellom 00:00 og 23:59.</translation>
    </message>
    <message>
        <source>The trial period must be %1–%2 weeks.</source>
        <translation>Utprøvingsperioden må være %1–%2 uker.</translation>
    </message>
    <message>
        <source>The goal has no text. Write it or remove it.</source>
        <translation>Målet mangler tekst. Skriv det eller fjern det.</translation>
    </message>
    <message>
        <source>The measure has no text. Write it or remove it.</source>
        <translation>Tiltaket mangler tekst. Skriv det eller fjern det.</translation>
    </message>
    <message>
        <source>The medicine measure has no text. Write it or remove it.</source>
        <translation>Det medisinske tiltaket mangler tekst. Skriv det eller fjern det.</translation>
    </message>
    <message>
        <source>Unknown measurement or question in the schedule: %1.</source>
        <translation>Ukjent måling eller spørsmål i måleplanen: %1.</translation>
    </message>
    <message>
        <source>Yellow below</source>
        <translation>Gul under</translation>
    </message>
    <message>
        <source>Red below</source>
        <translation>Rød under</translation>
    </message>
    <message>
        <source>Yellow above</source>
        <translation>Gul over</translation>
    </message>
    <message>
        <source>Red above</source>
        <translation>Rød over</translation>
    </message>
    <message>
        <source>Usual value</source>
        <translation>Vanlig verdi</translation>
    </message>
    <message>
        <source>Yellow, fall more than</source>
        <translation>Gul, fall mer enn</translation>
    </message>
    <message>
        <source>Red, fall more than</source>
        <translation>Rød, fall mer enn</translation>
    </message>
    <message>
        <source>Yellow, rise more than</source>
        <translation>Gul, stigning mer enn</translation>
    </message>
    <message>
        <source>Red, rise more than</source>
        <translation>Rød, stigning mer enn</translation>
    </message>
    <message>
        <source>Within hours</source>
        <translation>Innen timer</translation>
    </message>
    <message>
        <source>Yellow for answers</source>
        <translation>Gul ved svar</translation>
    </message>
    <message>
        <source>Red for answers</source>
        <translation>Rød ved svar</translation>
    </message>
    <message>
        <source>Expected by (hh:mm)</source>
        <translation>Ventes innen (tt:mm)</translation>
    </message>
    <message>
        <source>Or at least every (hours)</source>
        <translation>Eller minst hver (timer)</translation>
    </message>
    <message>
        <source>%1: deviation from the usual value</source>
        <translation>%1: avvik fra vanlig verdi</translation>
    </message>
    <message>
        <source>%1: change</source>
        <translation>%1: endring</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Mangler: %1</translation>
    </message>
    <message>
        <source>h</source>
        <translation>t</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Ingen ennå.</translation>
    </message>
    <message>
        <source>The service's default rules from %1</source>
        <translation>Tjenestens standardregler fra %1</translation>
    </message>
    <message>
        <source>%1, created %2 by %3</source>
        <translation>%1, opprettet %2 av %3</translation>
    </message>
    <message>
        <source>The service's default rules</source>
        <translation>Tjenestens standardregler</translation>
    </message>
    <message>
        <source>Self-management plan</source>
        <translation>Egenbehandlingsplan</translation>
    </message>
    <message>
        <source>reference: %1</source>
        <translation>referanse: %1</translation>
    </message>
    <message>
        <source>What matters to you?</source>
        <translation>Hva er viktig for deg?</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>What to do in each zone</source>
        <translation>Hva gjøres i hver sone</translation>
    </message>
    <message>
        <source>The patient:</source>
        <translation>Pasienten:</translation>
    </message>
    <message>
        <source>The service:</source>
        <translation>Tjenesten:</translation>
    </message>
    <message>
        <source>Medicine:</source>
        <translation>Medisin:</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Grenser</translation>
    </message>
    <message>
        <source>Measurement schedule</source>
        <translation>Måleplan</translation>
    </message>
    <message>
        <source>As when the patient was enrolled.</source>
        <translation>Som da pasienten ble innrullert.</translation>
    </message>
    <message>
        <source>Trial period and evaluation</source>
        <translation>Utprøving og evaluering</translation>
    </message>
    <message>
        <source>Trial period: %1 weeks.</source>
        <translation>Utprøvingsperiode: %1 uker.</translation>
    </message>
    <message>
        <source>Evaluation on %1.</source>
        <translation>Evaluering %1.</translation>
    </message>
    <message>
        <source>Took part:</source>
        <translation>Deltok:</translation>
    </message>
    <message>
        <source>Rejected by %1:</source>
        <translation>Avvist av %1:</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Ingen forskjeller.</translation>
    </message>
    <message>
        <source>needs the GP's approval</source>
        <translation>trenger fastlegens godkjenning</translation>
    </message>
    <message>
        <source>The patient does</source>
        <translation>Pasienten gjør</translation>
    </message>
    <message>
        <source>The follow-up service does</source>
        <translation>Oppfølgingstjenesten gjør</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>Medisiner</translation>
    </message>
    <message>
        <source>As usual</source>
        <translation>Som vanlig</translation>
    </message>
    <message>
        <source>Worse than usual</source>
        <translation>Dårligere enn vanlig</translation>
    </message>
    <message>
        <source>Much worse</source>
        <translation>Mye dårligere</translation>
    </message>
    <message>
        <source>How I am</source>
        <translation>Slik har jeg det</translation>
    </message>
    <message>
        <source>My measurements are within the limits and I feel as usual.</source>
        <translation>Målingene mine er innenfor grensene, og jeg føler meg som vanlig.</translation>
    </message>
    <message>
        <source>What I do</source>
        <translation>Dette gjør jeg</translation>
    </message>
    <message>
        <source>Medicine: %1</source>
        <translation>Medisin: %1</translation>
    </message>
    <message>
        <source>What the follow-up service does</source>
        <translation>Dette gjør oppfølgingstjenesten</translation>
    </message>
    <message>
        <source>Call 113 if life is in danger.</source>
        <translation>Ring 113 ved fare for liv.</translation>
    </message>
    <message>
        <source>This plan has not been approved by a doctor.</source>
        <translation>Denne planen er ikke godkjent av lege.</translation>
    </message>
    <message>
        <source>The limits are the follow-up service's standard limits, approved by %1 on %2.</source>
        <translation>Grensene er oppfølgingstjenestens standardgrenser, godkjent av %1 %2.</translation>
    </message>
    <message>
        <source>My self-management plan – %1</source>
        <translation>Min egenbehandlingsplan – %1</translation>
    </message>
    <message>
        <source>Printed %1 by %2</source>
        <translation>Skrevet ut %1 av %2</translation>
    </message>
    <message>
        <source>My self-management plan</source>
        <translation>Min egenbehandlingsplan</translation>
    </message>
    <message>
        <source>My GP: %1</source>
        <translation>Min fastlege: %1</translation>
    </message>
    <message>
        <source>My GP: %1, phone %2</source>
        <translation>Min fastlege: %1, telefon %2</translation>
    </message>
    <message>
        <source>the home follow-up service</source>
        <translation>hjemmeoppfølgingen</translation>
    </message>
    <message>
        <source>What matters to me</source>
        <translation>Hva er viktig for meg</translation>
    </message>
    <message>
        <source>(Not written down yet.)</source>
        <translation>(Ikke skrevet ned ennå.)</translation>
    </message>
    <message>
        <source>My measures</source>
        <translation>Mine tiltak</translation>
    </message>
    <message>
        <source>This is how I am – this is what I do</source>
        <translation>Slik har jeg det – dette gjør jeg</translation>
    </message>
    <message>
        <source>My measurements and when</source>
        <translation>Mine målinger og når</translation>
    </message>
    <message>
        <source>Within the limits, feeling as usual</source>
        <translation>Innenfor grensene, har det som vanlig</translation>
    </message>
    <message>
        <source>Follow-up service: %1</source>
        <translation>Oppfølgingstjenesten: %1</translation>
    </message>
    <message>
        <source>Phone: ____________________</source>
        <translation>Telefon: ____________________</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Pasient</translation>
    </message>
    <message>
        <source>Relative</source>
        <translation>Pårørende</translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation>Sykepleier</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Spesialist</translation>
    </message>
    <message>
        <source>Other person</source>
        <translation>Annen</translation>
    </message>
    <message>
        <source>This already exists. Nothing was changed.</source>
        <translation>Dette finnes allerede. Ingenting ble endret.</translation>
    </message>
    <message>
        <source>Trial period is over</source>
        <translation>Oppstarten er over</translation>
    </message>
    <message>
        <source>Trial period: last day</source>
        <translation>Oppstart: siste dag</translation>
    </message>
    <message>
        <source>Trial period: 1 day left</source>
        <translation>Oppstart: 1 dag igjen</translation>
    </message>
    <message>
        <source>Trial period: %1 days left</source>
        <translation>Oppstart: %1 dager igjen</translation>
    </message>
    <message>
        <source>Make a personal plan</source>
        <translation>Lag personlig plan</translation>
    </message>
    <message>
        <source>Goals met</source>
        <translation>Mål nådd</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Flyttet</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Takket nei</translation>
    </message>
    <message>
        <source>Long-term care place</source>
        <translation>Fått langtidsplass</translation>
    </message>
    <message>
        <source>Died</source>
        <translation>Død</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Annet</translation>
    </message>
    <message>
        <source>Your link code</source>
        <translation>Din koblingskode</translation>
    </message>
    <message>
        <source>Enter this code in the app or on the measuring gateway to connect it to the follow-up service. The code can be used once.</source>
        <translation>Skriv inn denne koden i appen eller på måleboksen for å koble den til oppfølgingstjenesten. Koden kan brukes én gang.</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Gyldig til %1</translation>
    </message>
    <message>
        <source>If the code has expired or does not work, call the follow-up service and ask for a new one. Keep the code to yourself until it has been used.</source>
        <translation>Hvis koden er utløpt eller ikke virker, ring oppfølgingstjenesten og be om en ny. Hold koden for deg selv til den er brukt.</translation>
    </message>
    <message>
        <source>Link code</source>
        <translation>Koblingskode</translation>
    </message>
    <message>
        <source>The slip could not be written to %1.</source>
        <translation>Lappen kunne ikke skrives til %1.</translation>
    </message>
    <message>
        <source>Health information to the GP</source>
        <translation>Helseopplysninger til lege</translation>
    </message>
    <message>
        <source>Request to the GP</source>
        <translation>Forespørsel til fastlege</translation>
    </message>
    <message>
        <source>Answer from the GP</source>
        <translation>Svar fra fastlege</translation>
    </message>
    <message>
        <source>Clinical dialogue</source>
        <translation>Helsefaglig dialog</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>Deviation report</source>
        <translation>Avviksmelding</translation>
    </message>
    <message>
        <source>Medical information from the GP</source>
        <translation>Medisinske opplysninger fra fastlege</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Kvittering</translation>
    </message>
    <message>
        <source>Patient logistics (%1)</source>
        <translation>Pasientlogistikk (%1)</translation>
    </message>
    <message>
        <source>Unreadable document</source>
        <translation>Uleselig dokument</translation>
    </message>
    <message>
        <source>Queued for sending</source>
        <translation>I kø for sending</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Mottatt</translation>
    </message>
    <message>
        <source>Received, unread</source>
        <translation>Mottatt, ulest</translation>
    </message>
    <message>
        <source>Refused on receipt</source>
        <translation>Avvist ved mottak</translation>
    </message>
    <message>
        <source>No receipt yet</source>
        <translation>Ingen kvittering ennå</translation>
    </message>
    <message>
        <source>Receipt: OK</source>
        <translation>Kvittering: OK</translation>
    </message>
    <message>
        <source>Receipt sent: OK</source>
        <translation>Kvittering sendt: OK</translation>
    </message>
    <message>
        <source>Receipt: OK with errors – %1</source>
        <translation>Kvittering: OK med feil – %1</translation>
    </message>
    <message>
        <source>Receipt: rejected – %1</source>
        <translation>Kvittering: avvist – %1</translation>
    </message>
    <message>
        <source>Receipt sent: rejected – %1</source>
        <translation>Kvittering sendt: avvist – %1</translation>
    </message>
    <message>
        <source>No receipt</source>
        <translation>Ingen kvittering</translation>
    </message>
    <message>
        <source>The message does not meet the PLO standard (%1).</source>
        <translation>Meldingen oppfyller ikke PLO-standarden (%1).</translation>
    </message>
    <message>
        <source>The patient's national identity number is missing.</source>
        <translation>Pasientens fødselsnummer mangler.</translation>
    </message>
    <message>
        <source>The patient's national identity number is not 11 digits.</source>
        <translation>Pasientens fødselsnummer har ikke 11 sifre.</translation>
    </message>
    <message>
        <source>The patient's name is longer than the message allows (%1 characters).</source>
        <translation>Pasientens navn er lengre enn meldingen tillater (%1 tegn).</translation>
    </message>
    <message>
        <source>The patient's name is missing.</source>
        <translation>Pasientens navn mangler.</translation>
    </message>
    <message>
        <source>The follow-up service's name is longer than the message allows (%1 characters).</source>
        <translation>Navnet på hjemmeoppfølgingen er lengre enn meldingen tillater (%1 tegn).</translation>
    </message>
    <message>
        <source>The follow-up service's name is missing in Varde's settings.</source>
        <translation>Navnet på hjemmeoppfølgingen mangler i innstillingene til Varde.</translation>
    </message>
    <message>
        <source>The follow-up service has no HER-id in Varde's settings, so the GP cannot answer. Ask whoever administers Varde to register it.</source>
        <translation>Hjemmeoppfølgingen har ingen HER-id i innstillingene til Varde, så fastlegen kan ikke svare. Be den som administrerer Varde, om å registrere den.</translation>
    </message>
    <message>
        <source>The follow-up service's HER-id in Varde's settings is not valid (digits only, at most 9).</source>
        <translation>HER-id for hjemmeoppfølgingen i innstillingene til Varde er ikke gyldig (bare sifre, høyst 9).</translation>
    </message>
    <message>
        <source>The responsible nurse's name is longer than the message allows (%1 characters).</source>
        <translation>Navnet til ansvarlig sykepleier er lengre enn meldingen tillater (%1 tegn).</translation>
    </message>
    <message>
        <source>The responsible nurse's name is missing.</source>
        <translation>Navnet til ansvarlig sykepleier mangler.</translation>
    </message>
    <message>
        <source>The responsible nurse's phone number is missing.</source>
        <translation>Telefonnummeret til ansvarlig sykepleier mangler.</translation>
    </message>
    <message>
        <source>The phone number is too long (at most 20 characters).</source>
        <translation>Telefonnummeret er for langt (høyst 20 tegn).</translation>
    </message>
    <message>
        <source>The phone number may hold only digits, spaces and a leading +, and 3 to 15 digits.</source>
        <translation>Telefonnummeret kan bare ha sifre, mellomrom og + først, og 3 til 15 sifre.</translation>
    </message>
    <message>
        <source>The GP's name is longer than the message allows (%1 characters).</source>
        <translation>Fastlegens navn er lengre enn meldingen tillater (%1 tegn).</translation>
    </message>
    <message>
        <source>The GP's name is missing in the GP list.</source>
        <translation>Fastlegens navn mangler i fastlegelisten.</translation>
    </message>
    <message>
        <source>The GP practice's name is longer than the message allows (%1 characters).</source>
        <translation>Navnet på legekontoret er lengre enn meldingen tillater (%1 tegn).</translation>
    </message>
    <message>
        <source>The GP practice's name is missing in the GP list.</source>
        <translation>Navnet på legekontoret mangler i fastlegelisten.</translation>
    </message>
    <message>
        <source>The GP has no HER-id in the GP list. The message cannot be sent until it is registered.</source>
        <translation>Fastlegen har ingen HER-id i fastlegelisten. Meldingen kan ikke sendes før den er registrert.</translation>
    </message>
    <message>
        <source>The GP's HER-id in the GP list is not valid (digits only, at most 9).</source>
        <translation>Fastlegens HER-id i fastlegelisten er ikke gyldig (bare sifre, høyst 9).</translation>
    </message>
    <message>
        <source>The GP practice has no HER-id in the GP list. The message cannot be sent until it is registered.</source>
        <translation>Legekontoret har ingen HER-id i fastlegelisten. Meldingen kan ikke sendes før den er registrert.</translation>
    </message>
    <message>
        <source>The GP practice's HER-id in the GP list is not valid (digits only, at most 9).</source>
        <translation>Legekontorets HER-id i fastlegelisten er ikke gyldig (bare sifre, høyst 9).</translation>
    </message>
    <message>
        <source>The problem is longer than %1 characters. Make it shorter.</source>
        <translation>Problemet er lengre enn %1 tegn. Gjør det kortere.</translation>
    </message>
    <message>
        <source>Write the problem in one sentence: why are you writing to the GP?</source>
        <translation>Skriv problemet i én setning: hvorfor skriver du til fastlegen?</translation>
    </message>
    <message>
        <source>The text is longer than %1 characters. Make it shorter.</source>
        <translation>Teksten er lengre enn %1 tegn. Gjør den kortere.</translation>
    </message>
    <message>
        <source>The message's id is not valid. Close the message and write it again.</source>
        <translation>Meldingens ID er ikke gyldig. Lukk meldingen og skriv den på nytt.</translation>
    </message>
    <message>
        <source>The message does not meet the PLO standard and was not queued. Nothing was sent. Contact IT support if this happens again.</source>
        <translation>Meldingen oppfyller ikke PLO-standarden og ble ikke lagt i kø. Ingenting ble sendt. Kontakt IT-støtte hvis dette skjer igjen.</translation>
    </message>
    <message>
        <source>The patient has no GP registered. Register the GP in the patient's details before writing to them.</source>
        <translation>Pasienten har ingen registrert fastlege. Registrer fastlegen i pasientens opplysninger før du skriver til fastlegen.</translation>
    </message>
    <message>
        <source>The patient's GP is not in the GP list. Choose the GP again in the patient's details.</source>
        <translation>Pasientens fastlege finnes ikke i fastlegelisten. Velg fastlegen på nytt i pasientens opplysninger.</translation>
    </message>
    <message>
        <source>The patient's follow-up has ended: no new message can be written.</source>
        <translation>Pasientens oppfølging er avsluttet: det kan ikke skrives nye meldinger.</translation>
    </message>
    <message>
        <source>The patient's follow-up service was not found in this store.</source>
        <translation>Pasientens hjemmeoppfølging finnes ikke i disse dataene.</translation>
    </message>
    <message>
        <source>The patient was not found.</source>
        <translation>Fant ikke pasienten.</translation>
    </message>
    <message>
        <source>The PDF could not be made.</source>
        <translation>PDF-en kunne ikke lages.</translation>
    </message>
    <message>
        <source>New reply</source>
        <translation>Nytt svar</translation>
    </message>
    <message>
        <source>%1 new replies</source>
        <translation>%1 nye svar</translation>
    </message>
    <message>
        <source>The server cannot be reached. You can keep working: your changes are kept and sent when the connection is back.</source>
        <translation>Får ikke kontakt med serveren. Du kan arbeide videre: endringene dine tas vare på og sendes når forbindelsen er tilbake.</translation>
    </message>
    <message>
        <source>Your session with the server has ended. Sign in again; nothing waiting to be sent is lost.</source>
        <translation>Økten din på serveren er avsluttet. Logg inn igjen; ingenting som venter på å bli sendt, går tapt.</translation>
    </message>
    <message>
        <source>The server refused the request. Nothing was lost; contact support if it happens again.</source>
        <translation>Serveren avviste forespørselen. Ingenting gikk tapt; kontakt brukerstøtte hvis det skjer igjen.</translation>
    </message>
    <message>
        <source>Medicine measures</source>
        <translation>Medisinske tiltak</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Trial period</source>
        <translation>Oppstart</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluering</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Hvem deltok</translation>
    </message>
    <message>
        <source>Your user has been disabled on the server. The patient data on this workstation stay closed until a user the server accepts signs in; nothing waiting to be sent is lost.</source>
        <translation>Brukeren din er deaktivert på serveren. Pasientdataene på denne arbeidsstasjonen forblir lukket til en bruker serveren godtar, logger inn; ingenting som venter på å bli sendt, går tapt.</translation>
    </message>
</context>
<context>
    <name>varde::ui::AgendaDialog</name>
    <message>
        <source>Meeting agenda</source>
        <translation>Møteagenda</translation>
    </message>
    <message>
        <source>Patients for the meeting. Ticked: plans waiting for approval and plans due for evaluation within a week.</source>
        <translation>Pasienter til møtet. Avkrysset: planer som venter på godkjenning og planer som skal evalueres innen en uke.</translation>
    </message>
    <message>
        <source>Start meeting</source>
        <translation>Start møtet</translation>
    </message>
    <message>
        <source>plan waiting for approval</source>
        <translation>plan venter på godkjenning</translation>
    </message>
    <message>
        <source>evaluation %1</source>
        <translation>evaluering %1</translation>
    </message>
</context>
<context>
    <name>varde::ui::ApprovalList</name>
    <message>
        <source>The service's default rules</source>
        <translation>Tjenestens standardregler</translation>
    </message>
    <message>
        <source>%1 changes, %2 of them limits or medicine</source>
        <translation>%1 endringer, %2 av dem grenser eller medisiner</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Pasient</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Sendt av</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <source>GP</source>
        <translation>Fastlege</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Hva er endret</translation>
    </message>
    <message>
        <source>Last 30 days: draft / in force</source>
        <translation>Siste 30 dager: utkast / gjeldende</translation>
    </message>
    <message>
        <source>Plans awaiting approval</source>
        <translation>Planer som venter på godkjenning</translation>
    </message>
    <message>
        <source>The selected plan</source>
        <translation>Den valgte planen</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Avgjørelse</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Godkjenn</translation>
    </message>
    <message>
        <source>The plan takes effect now and replaces the version in force.</source>
        <translation>Planen gjelder fra nå og erstatter den gjeldende versjonen.</translation>
    </message>
    <message>
        <source>Comment to the nurse (required to reject):</source>
        <translation>Kommentar til sykepleieren (må fylles ut for å avvise):</translation>
    </message>
    <message>
        <source>What should be changed, and why</source>
        <translation>Hva bør endres, og hvorfor</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>&amp;Avvis</translation>
    </message>
    <message>
        <source>Plans awaiting approval (%1)</source>
        <translation>Planer som venter på godkjenning (%1)</translation>
    </message>
    <message>
        <source>No plans are waiting for approval.</source>
        <translation>Ingen planer venter på godkjenning.</translation>
    </message>
    <message>
        <source>Choose a plan in the list.</source>
        <translation>Velg en plan i listen.</translation>
    </message>
    <message>
        <source>Sent by %1 on %2. GP: %3.</source>
        <translation>Sendt av %1 %2. Fastlege: %3.</translation>
    </message>
    <message>
        <source>What changed from the version in force</source>
        <translation>Hva er endret fra den gjeldende versjonen</translation>
    </message>
    <message>
        <source>The plan's content (nothing is in force yet)</source>
        <translation>Planens innhold (ingenting gjelder ennå)</translation>
    </message>
    <message>
        <source>What the limits would have raised</source>
        <translation>Hva grensene ville ha gitt</translation>
    </message>
    <message>
        <source>This version</source>
        <translation>Denne versjonen</translation>
    </message>
    <message>
        <source>Rules in force</source>
        <translation>Gjeldende regler</translation>
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
        <source>Only the service's medical lead approves the default rules. You see the list read-only.</source>
        <translation>Bare tjenestens medisinskfaglige ansvarlige godkjenner standardreglene. Du ser listen uten å kunne endre.</translation>
    </message>
    <message>
        <source>Only a GP or a specialist approves limits and medicine measures. You see the list read-only; a GP's approval by PLO or phone is recorded in the patient's plan tab.</source>
        <translation>Bare fastlege eller spesialist godkjenner grenser og medisinske tiltak. Du ser listen uten å kunne endre; en godkjenning fastlegen har gitt per PLO eller telefon registreres i pasientens planfane.</translation>
    </message>
    <message>
        <source>Write a comment to the nurse first.</source>
        <translation>Skriv først en kommentar til sykepleieren.</translation>
    </message>
    <message>
        <source>Approved: %1. The plan is in force now.</source>
        <translation>Godkjent: %1. Planen gjelder fra nå.</translation>
    </message>
    <message>
        <source>Write a comment to the nurse to reject.</source>
        <translation>Skriv en kommentar til sykepleieren for å avvise.</translation>
    </message>
    <message>
        <source>Rejected: %1. The nurse sees your comment.</source>
        <translation>Avvist: %1. Sykepleieren ser kommentaren din.</translation>
    </message>
</context>
<context>
    <name>varde::ui::CaseloadPage</name>
    <message>
        <source>&amp;Update</source>
        <translation>&amp;Oppdater</translation>
    </message>
    <message>
        <source>Patients in follow-up per responsible nurse. The status columns count patients by their status now; the target is %1 patients per nurse.</source>
        <translation>Pasienter i oppfølging per ansvarlig sykepleier. Statuskolonnene teller pasientene etter statusen deres nå; målet er %1 pasienter per sykepleier.</translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation>Sykepleier</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pasienter</translation>
    </message>
    <message>
        <source>In trial period</source>
        <translation>I oppstart</translation>
    </message>
    <message>
        <source>Plan due</source>
        <translation>Plan skal lages</translation>
    </message>
    <message>
        <source>Suspect or missing</source>
        <translation>Mulig feilmåling eller mangler</translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation>Saksmengde</translation>
    </message>
    <message>
        <source>Caseload per nurse</source>
        <translation>Saksmengde per sykepleier</translation>
    </message>
    <message>
        <source>(no responsible nurse)</source>
        <translation>(ingen ansvarlig sykepleier)</translation>
    </message>
    <message>
        <source>Over target: %1 more than %2</source>
        <translation>Over målet: %1 flere enn %2</translation>
    </message>
    <message>
        <source>Within target</source>
        <translation>Innenfor målet</translation>
    </message>
    <message>
        <source>Caseload: %1 patients, %2 nurses</source>
        <translation>Saksmengde: %1 pasienter, %2 sykepleiere</translation>
    </message>
    <message>
        <source>Caseload: %1 patients, %2 nurses, %3 over the target</source>
        <translation>Saksmengde: %1 pasienter, %2 sykepleiere, %3 over målet</translation>
    </message>
</context>
<context>
    <name>varde::ui::ComposerDialog</name>
    <message>
        <source>A question the GP is asked to answer (Dialogmelding 1.0).</source>
        <translation>Et spørsmål fastlegen blir bedt om å svare på (dialogmelding 1.0).</translation>
    </message>
    <message>
        <source>Information for the GP's records; an answer is asked for only when there is a question (PLO 1.6).</source>
        <translation>Opplysninger til fastlegens journal; svar ønskes bare når det står et spørsmål (PLO 1.6).</translation>
    </message>
    <message>
        <source>A clinical dialogue about the patient; it may carry the GP summary as a PDF (Dialogmelding 1.1).</source>
        <translation>Dialog om pasienten; kan ha oppsummeringen for fastlege som PDF-vedlegg (dialogmelding 1.1).</translation>
    </message>
    <message>
        <source>This message is no longer a draft and cannot be changed.</source>
        <translation>Denne meldingen er ikke lenger et utkast og kan ikke endres.</translation>
    </message>
    <message>
        <source>Write to the GP</source>
        <translation>Skriv melding til fastlege</translation>
    </message>
    <message>
        <source>Message &amp;type:</source>
        <translation>Meldings&amp;type:</translation>
    </message>
    <message>
        <source>Message type</source>
        <translation>Meldingstype</translation>
    </message>
    <message>
        <source>&amp;Acknowledge the findings as “Sent PLO message”</source>
        <translation>&amp;Kvitter funnene som «Sendt PLO-melding»</translation>
    </message>
    <message>
        <source>Acknowledge the findings as sent PLO message</source>
        <translation>Kvitter funnene som sendt PLO-melding</translation>
    </message>
    <message>
        <source>Save &amp;draft</source>
        <translation>Lagre &amp;utkast</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Queue for &amp;sending</source>
        <translation>Legg i kø for se&amp;nding</translation>
    </message>
    <message>
        <source>Write to the GP – %1</source>
        <translation>Skriv melding til fastlege – %1</translation>
    </message>
    <message>
        <source>Write to the GP about %1</source>
        <translation>Skriv melding til fastlegen om %1</translation>
    </message>
    <message>
        <source>The open finding the message is about is acknowledged with the action “Sent PLO message” when the message is queued.</source>
        <translation>Det åpne funnet meldingen gjelder, blir kvittert med tiltaket «Sendt PLO-melding» når meldingen legges i kø.</translation>
    </message>
    <message>
        <source>The %1 open findings the message is about are acknowledged with the action “Sent PLO message” when the message is queued.</source>
        <translation>De %1 åpne funnene meldingen gjelder, blir kvittert med tiltaket «Sendt PLO-melding» når meldingen legges i kø.</translation>
    </message>
    <message>
        <source>The summary could not be attached: %1</source>
        <translation>Oppsummeringen kunne ikke legges ved: %1</translation>
    </message>
    <message>
        <source>The summary is larger than %1 MB and cannot be attached.</source>
        <translation>Oppsummeringen er større enn %1 MB og kan ikke legges ved.</translation>
    </message>
    <message>
        <source>⚠ Cannot be queued yet: %1</source>
        <translation>⚠ Kan ikke legges i kø ennå: %1</translation>
    </message>
    <message>
        <source>(1 more problem is marked in the form.)</source>
        <translation>(1 problem til er merket i skjemaet.)</translation>
    </message>
    <message>
        <source>(%1 more problems are marked in the form.)</source>
        <translation>(%1 problemer til er merket i skjemaet.)</translation>
    </message>
    <message>
        <source>The draft was not saved: %1</source>
        <translation>Utkastet ble ikke lagret: %1</translation>
    </message>
    <message>
        <source>Draft saved %1.</source>
        <translation>Utkastet er lagret %1.</translation>
    </message>
    <message>
        <source>The message was not queued: correct the marked fields first.</source>
        <translation>Meldingen ble ikke lagt i kø: rett de merkede feltene først.</translation>
    </message>
    <message>
        <source>The message was not queued: %1</source>
        <translation>Meldingen ble ikke lagt i kø: %1</translation>
    </message>
    <message>
        <source>Close without saving? The changes to the message will be lost unless you save them as a draft.</source>
        <translation>Lukke uten å lagre? Endringene i meldingen går tapt hvis du ikke lagrer dem som utkast.</translation>
    </message>
</context>
<context>
    <name>varde::ui::ComposerForm</name>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>Nurse's &amp;phone:</source>
        <translation>Sykepleiers tele&amp;fon:</translation>
    </message>
    <message>
        <source>Phone number of the responsible nurse</source>
        <translation>Telefonnummeret til ansvarlig sykepleier</translation>
    </message>
    <message>
        <source>e.g. 55 12 34 56</source>
        <translation>f.eks. 55 12 34 56</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>One sentence: why you are writing to the GP (required)</source>
        <translation>Én setning: hvorfor du skriver til fastlegen (må fylles ut)</translation>
    </message>
    <message>
        <source>&amp;Problem (one sentence, required):</source>
        <translation>&amp;Problem (én setning, må fylles ut):</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Målinger</translation>
    </message>
    <message>
        <source>&amp;Measurements (last 48 hours):</source>
        <translation>&amp;Målinger (siste 48 timer):</translation>
    </message>
    <message>
        <source>Plan for the zone</source>
        <translation>Plan for sonen</translation>
    </message>
    <message>
        <source>P&amp;lan for the zone:</source>
        <translation>P&amp;lan for sonen:</translation>
    </message>
    <message>
        <source>What has been done</source>
        <translation>Hva er gjort</translation>
    </message>
    <message>
        <source>What has been &amp;done:</source>
        <translation>&amp;Hva er gjort:</translation>
    </message>
    <message>
        <source>Current medication</source>
        <translation>Aktuelle legemidler</translation>
    </message>
    <message>
        <source>The patient's current medication, if the GP needs it</source>
        <translation>Pasientens aktuelle legemidler, hvis fastlegen trenger dem</translation>
    </message>
    <message>
        <source>Current med&amp;ication:</source>
        <translation>Aktuelle legem&amp;idler:</translation>
    </message>
    <message>
        <source>Question to the GP</source>
        <translation>Spørsmål til fastlegen</translation>
    </message>
    <message>
        <source>&amp;Question to the GP:</source>
        <translation>&amp;Spørsmål til fastlegen:</translation>
    </message>
    <message>
        <source>Attach the &amp;summary for the GP (PDF)</source>
        <translation>Legg &amp;ved oppsummering for fastlege (PDF)</translation>
    </message>
    <message>
        <source>Attach the summary for the GP</source>
        <translation>Legg ved oppsummering for fastlege</translation>
    </message>
    <message>
        <source>The GP summary of the last 14 days, as the patient view prints it, goes with the message as a PDF.</source>
        <translation>Oppsummeringen for fastlege for de siste 14 dagene, slik pasientvisningen skriver den ut, følger meldingen som PDF.</translation>
    </message>
    <message>
        <source>Patient: %1 (national identity number %2)</source>
        <translation>Pasient: %1 (fødselsnummer %2)</translation>
    </message>
    <message>
        <source>GP: %1 – %2
Practice: %3 – %4</source>
        <translation>Fastlege: %1 – %2
Legekontor: %3 – %4</translation>
    </message>
    <message>
        <source>⚠ missing</source>
        <translation>⚠ mangler</translation>
    </message>
    <message>
        <source>Service: %1 – %2</source>
        <translation>Tjeneste: %1 – %2</translation>
    </message>
    <message>
        <source>Unit: %1 – %2</source>
        <translation>Enhet: %1 – %2</translation>
    </message>
    <message>
        <source>Responsible nurse: %1</source>
        <translation>Ansvarlig sykepleier: %1</translation>
    </message>
    <message>
        <source>⚠ %1 of %2 characters: too long</source>
        <translation>⚠ %1 av %2 tegn: for langt</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 av %2 tegn</translation>
    </message>
</context>
<context>
    <name>varde::ui::ComposerPreview</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 byte</translation>
    </message>
    <message>
        <source>%1 kB</source>
        <translation>%1 kB</translation>
    </message>
    <message>
        <source>Attachment: %1 (%2%3)</source>
        <translation>Vedlegg: %1 (%2%3)</translation>
    </message>
    <message>
        <source>Request to the GP</source>
        <translation>Forespørsel til fastlege</translation>
    </message>
    <message>
        <source>Health information for the doctor</source>
        <translation>Helseopplysninger til lege</translation>
    </message>
    <message>
        <source>Clinical dialogue</source>
        <translation>Helsefaglig dialog</translation>
    </message>
    <message>
        <source>⚠ HER-id missing</source>
        <translation>⚠ HER-id mangler</translation>
    </message>
    <message>
        <source>HER-id %1</source>
        <translation>HER-id %1</translation>
    </message>
    <message>
        <source>How the GP will read the message</source>
        <translation>Slik leser fastlegen meldingen</translation>
    </message>
    <message>
        <source>Responsible nurse: %1, phone %2</source>
        <translation>Ansvarlig sykepleier: %1, telefon %2</translation>
    </message>
    <message>
        <source>⚠ missing</source>
        <translation>⚠ mangler</translation>
    </message>
    <message>
        <source>As the GP's system shows it, read back from the message. Updated as you write.</source>
        <translation>Slik fastlegens journalsystem viser den, lest tilbake fra meldingen. Oppdateres mens du skriver.</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>Melding: %1</translation>
    </message>
    <message>
        <source>To: %1 (%2), %3 (%4)</source>
        <translation>Til: %1 (%2), %3 (%4)</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Fra: %1</translation>
    </message>
    <message>
        <source>Patient: %1 (national identity number %2)</source>
        <translation>Pasient: %1 (fødselsnummer %2)</translation>
    </message>
    <message>
        <source>⚠ The message is not complete, so this is only the text as it stands. See the marked fields.</source>
        <translation>⚠ Meldingen er ikke ferdig, så dette er bare teksten slik den står nå. Se de merkede feltene.</translation>
    </message>
</context>
<context>
    <name>varde::ui::ContactDialog</name>
    <message>
        <source>Contact details – %1</source>
        <translation>Kontaktopplysninger – %1</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>&amp;Postnummer:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>Posts&amp;ted:</translation>
    </message>
    <message>
        <source>M&amp;unicipality:</source>
        <translation>K&amp;ommune:</translation>
    </message>
    <message>
        <source>&amp;Mobile phone:</source>
        <translation>&amp;Mobiltelefon:</translation>
    </message>
    <message>
        <source>&amp;Home phone:</source>
        <translation>Telefon &amp;hjemme:</translation>
    </message>
    <message>
        <source>Relatives and helpers</source>
        <translation>Pårørende og hjelpere</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Ingenting ble lagret: %1</translation>
    </message>
</context>
<context>
    <name>varde::ui::ContactHeader</name>
    <message>
        <source>New lin&amp;k code…</source>
        <translation>Ny koblingsko&amp;de …</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Mobile:</source>
        <translation>Mobil:</translation>
    </message>
    <message>
        <source>Home:</source>
        <translation>Hjemme:</translation>
    </message>
    <message>
        <source>none registered</source>
        <translation>ingen registrert</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopier</translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard</source>
        <translation>Kopier %1 til utklippstavlen</translation>
    </message>
    <message>
        <source>Copy the number %1</source>
        <translation>Kopier nummeret %1</translation>
    </message>
    <message>
        <source>✓ %1 copied</source>
        <translation>✓ %1 kopiert</translation>
    </message>
    <message>
        <source>Link code: %1</source>
        <translation>Koblingskode: %1</translation>
    </message>
    <message>
        <source>Link code: none made</source>
        <translation>Koblingskode: ingen laget</translation>
    </message>
    <message>
        <source>Link code %1: used</source>
        <translation>Koblingskode %1: brukt</translation>
    </message>
    <message>
        <source>Link code %1: expired %2</source>
        <translation>Koblingskode %1: utløpt %2</translation>
    </message>
    <message>
        <source>Link code: &lt;b&gt;%1&lt;/b&gt;, valid until %2</source>
        <translation>Koblingskode: &lt;b&gt;%1&lt;/b&gt;, gyldig til %2</translation>
    </message>
    <message>
        <source>New link code</source>
        <translation>Ny koblingskode</translation>
    </message>
    <message>
        <source>Make a new link code? The current code stops working.</source>
        <translation>Lage en ny koblingskode? Koden som gjelder nå, slutter å virke.</translation>
    </message>
</context>
<context>
    <name>varde::ui::ContactListEditor</name>
    <message>
        <source>Add a relative or helper</source>
        <translation>Legg til pårørende eller hjelper</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Name of relative %1</source>
        <translation>Navn på pårørende %1</translation>
    </message>
    <message>
        <source>spouse</source>
        <translation>ektefelle</translation>
    </message>
    <message>
        <source>cohabitant</source>
        <translation>samboer</translation>
    </message>
    <message>
        <source>daughter</source>
        <translation>datter</translation>
    </message>
    <message>
        <source>son</source>
        <translation>sønn</translation>
    </message>
    <message>
        <source>sibling</source>
        <translation>søsken</translation>
    </message>
    <message>
        <source>neighbour</source>
        <translation>nabo</translation>
    </message>
    <message>
        <source>home care service</source>
        <translation>hjemmetjenesten</translation>
    </message>
    <message>
        <source>Role, e.g. daughter</source>
        <translation>Rolle, for eksempel datter</translation>
    </message>
    <message>
        <source>Role of relative %1</source>
        <translation>Rolle for pårørende %1</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Phone of relative %1</source>
        <translation>Telefon til pårørende %1</translation>
    </message>
    <message>
        <source>Next of kin</source>
        <translation>Nærmeste pårørende</translation>
    </message>
    <message>
        <source>Helps with measuring</source>
        <translation>Hjelper med målinger</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Remove relative %1</source>
        <translation>Fjern pårørende %1</translation>
    </message>
    <message>
        <source>None added yet.</source>
        <translation>Ingen er lagt til ennå.</translation>
    </message>
</context>
<context>
    <name>varde::ui::ContactTab</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Poststed</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Mobiltelefon</translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation>Telefon hjemme</translation>
    </message>
    <message>
        <source>Relatives and helpers</source>
        <translation>Pårørende og hjelpere</translation>
    </message>
    <message>
        <source>Responsible nurse</source>
        <translation>Ansvarlig sykepleier</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Next of kin</source>
        <translation>Nærmeste pårørende</translation>
    </message>
    <message>
        <source>Helps with measuring</source>
        <translation>Hjelper med målinger</translation>
    </message>
    <message>
        <source>Changes (newest first)</source>
        <translation>Endringer (nyeste først)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Endret av</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Før</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Etter</translation>
    </message>
    <message>
        <source>History of contact details</source>
        <translation>Historikk for kontaktopplysninger</translation>
    </message>
    <message>
        <source>Address: %1, %2 %3</source>
        <translation>Adresse: %1, %2 %3</translation>
    </message>
    <message>
        <source>Municipality: %1</source>
        <translation>Kommune: %1</translation>
    </message>
    <message>
        <source>Mobile phone: %1 · Home phone: %2</source>
        <translation>Mobiltelefon: %1 · Telefon hjemme: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tom)</translation>
    </message>
</context>
<context>
    <name>varde::ui::DecisionDialog</name>
    <message>
        <source>Note decision</source>
        <translation>Noter beslutning</translation>
    </message>
    <message>
        <source>Decisions for %1. They are saved as a new draft of the plan; the plan in force does not change until the GP approves.</source>
        <translation>Beslutninger for %1. De lagres som et nytt utkast til planen; planen som gjelder, endres ikke før fastlegen har godkjent.</translation>
    </message>
    <message>
        <source>For example: Measure weight every day for two weeks.</source>
        <translation>For eksempel: Mål vekt hver dag i to uker.</translation>
    </message>
    <message>
        <source>Save as draft</source>
        <translation>Lagre som utkast</translation>
    </message>
</context>
<context>
    <name>varde::ui::DiagnosisListEditor</name>
    <message>
        <source>Add a diagnosis</source>
        <translation>Legg til diagnose</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Hoveddiagnose</translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation>Bidiagnose</translation>
    </message>
    <message>
        <source>Code system of diagnosis %1</source>
        <translation>Kodeverk for diagnose %1</translation>
    </message>
    <message>
        <source>Code, e.g. J44.1</source>
        <translation>Kode, for eksempel J44.1</translation>
    </message>
    <message>
        <source>Code of diagnosis %1</source>
        <translation>Kode for diagnose %1</translation>
    </message>
    <message>
        <source>Diagnosis text</source>
        <translation>Diagnosetekst</translation>
    </message>
    <message>
        <source>Text of diagnosis %1</source>
        <translation>Tekst for diagnose %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Remove diagnosis %1</source>
        <translation>Fjern diagnose %1</translation>
    </message>
</context>
<context>
    <name>varde::ui::EndFollowUpDialog</name>
    <message>
        <source>End follow-up – %1</source>
        <translation>Avslutt oppfølging – %1</translation>
    </message>
    <message>
        <source>The patient leaves the worklist. Measurements, findings and plans stay in the record for the service's retention period.</source>
        <translation>Pasienten går ut av arbeidslisten. Målinger, funn og planer blir i journalen så lenge tjenesten skal ta vare på dem.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Årsak:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>&amp;Note (required for other reason):</source>
        <translation>&amp;Notat (må fylles ut ved «Annet»):</translation>
    </message>
    <message>
        <source>&amp;Acknowledge them as closed with the ending</source>
        <translation>&amp;Kvitter dem ut som lukket ved avslutningen</translation>
    </message>
    <message>
        <source>&amp;End follow-up</source>
        <translation>&amp;Avslutt oppfølgingen</translation>
    </message>
    <message>
        <source>⚠ 1 finding is still open.</source>
        <translation>⚠ 1 funn er fortsatt åpent.</translation>
    </message>
    <message>
        <source>⚠ %1 findings are still open.</source>
        <translation>⚠ %1 funn er fortsatt åpne.</translation>
    </message>
    <message>
        <source>Write a note that says why, when the reason is “%1”.</source>
        <translation>Skriv et notat som sier hvorfor når årsaken er «%1».</translation>
    </message>
    <message>
        <source>The follow-up was not ended: %1 open findings must be handled first. Acknowledge them in the worklist, or tick “Acknowledge them as closed with the ending”.</source>
        <translation>Oppfølgingen ble ikke avsluttet: %1 åpne funn må håndteres først. Kvitter dem ut i arbeidslisten, eller kryss av for «Kvitter dem ut som lukket ved avslutningen».</translation>
    </message>
    <message>
        <source>The follow-up was not ended: 1 open finding must be handled first. Acknowledge it in the worklist, or tick “Acknowledge them as closed with the ending”.</source>
        <translation>Oppfølgingen ble ikke avsluttet: 1 åpent funn må håndteres først. Kvitter det ut i arbeidslisten, eller kryss av for «Kvitter dem ut som lukket ved avslutningen».</translation>
    </message>
</context>
<context>
    <name>varde::ui::EnrolmentDialog</name>
    <message>
        <source>woman</source>
        <translation>kvinne</translation>
    </message>
    <message>
        <source>man</source>
        <translation>mann</translation>
    </message>
    <message>
        <source>sex not given by the number</source>
        <translation>kjønn framgår ikke av nummeret</translation>
    </message>
    <message>
        <source>in the trial period</source>
        <translation>i oppstart</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pause</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>avsluttet</translation>
    </message>
    <message>
        <source>%1 – %2 (HER-id %3)</source>
        <translation>%1 – %2 (HER-id %3)</translation>
    </message>
    <message>
        <source>Enrol a patient</source>
        <translation>Skriv inn pasient</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>&amp;Skriv inn</translation>
    </message>
    <message>
        <source>Enrol a patient in %1</source>
        <translation>Skriv inn pasient i %1</translation>
    </message>
    <message>
        <source>No follow-up service is set up in this store, so no patient can be enrolled.</source>
        <translation>Ingen oppfølgingstjeneste er satt opp i dette lageret, så ingen pasient kan skrives inn.</translation>
    </message>
    <message>
        <source>Choose the responsible nurse</source>
        <translation>Velg ansvarlig sykepleier</translation>
    </message>
    <message>
        <source>Practice: %1 (HER-id %2) · GP's HER-id: %3 · Phone: %4</source>
        <translation>Legekontor: %1 (HER-id %2) · Fastlegens HER-id: %3 · Telefon: %4</translation>
    </message>
    <message>
        <source>Correct the marked fields (%1). Nothing has been saved.</source>
        <translation>Rett opp de merkede feltene (%1). Ingenting er lagret.</translation>
    </message>
    <message>
        <source>Born %1 (%2 years), %3</source>
        <translation>Født %1 (%2 år), %3</translation>
    </message>
    <message>
        <source>D-number. %1</source>
        <translation>D-nummer. %1</translation>
    </message>
    <message>
        <source> · synthetic number (demo data)</source>
        <translation> · syntetisk nummer (demodata)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 is already in follow-up&lt;/b&gt; (%2, born %3). Open the patient instead of enrolling them again.</source>
        <translation>&lt;b&gt;%1 er allerede i oppfølging&lt;/b&gt; (%2, født %3). Åpne pasienten i stedet for å skrive vedkommende inn på nytt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 has been in follow-up before&lt;/b&gt; (ended). Enrolling them again keeps their history: measurements, plans and earlier periods. The form is filled in from their record; check every field.</source>
        <translation>&lt;b&gt;%1 har vært i oppfølging før&lt;/b&gt; (avsluttet). Ny innskriving beholder historikken: målinger, planer og tidligere perioder. Skjemaet er fylt ut fra journalen; kontroller hvert felt.</translation>
    </message>
    <message>
        <source>&amp;Enrol again</source>
        <translation>&amp;Skriv inn på nytt</translation>
    </message>
    <message>
        <source>%1 is already in follow-up. Nothing has been saved; open the patient instead.</source>
        <translation>%1 er allerede i oppfølging. Ingenting er lagret; åpne pasienten i stedet.</translation>
    </message>
    <message>
        <source>No follow-up service is set up in this store. Nothing has been saved.</source>
        <translation>Ingen oppfølgingstjeneste er satt opp i dette lageret. Ingenting er lagret.</translation>
    </message>
    <message>
        <source>Not enrolled: %1 Nothing has been saved.</source>
        <translation>Ikke innskrevet: %1 Ingenting er lagret.</translation>
    </message>
    <message>
        <source>Link code for %1</source>
        <translation>Koblingskode for %1</translation>
    </message>
    <message>
        <source>The patient</source>
        <translation>Pasienten</translation>
    </message>
    <message>
        <source>11 digits</source>
        <translation>11 sifre</translation>
    </message>
    <message>
        <source>Fødselsnummer or D-number</source>
        <translation>Fødselsnummer eller D-nummer</translation>
    </message>
    <message>
        <source>Open the patient</source>
        <translation>Åpne pasienten</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Fornavn</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Etternavn</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Gate og nummer</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>4 digits</source>
        <translation>4 sifre</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Poststed</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Mobiltelefon</translation>
    </message>
    <message>
        <source>8 digits</source>
        <translation>8 sifre</translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation>Telefon hjemme</translation>
    </message>
    <message>
        <source>8 digits, if any</source>
        <translation>8 sifre, om pasienten har det</translation>
    </message>
    <message>
        <source>Relatives and helpers</source>
        <translation>Pårørende og hjelpere</translation>
    </message>
    <message>
        <source>Next of kin are called when the patient cannot be reached. Mark those who help with the measurements.</source>
        <translation>Nærmeste pårørende ringes når pasienten ikke svarer. Merk av dem som hjelper med målingene.</translation>
    </message>
    <message>
        <source>General practitioner (fastlege)</source>
        <translation>Fastlege</translation>
    </message>
    <message>
        <source>Search by name, practice or HER-id</source>
        <translation>Søk på navn, legekontor eller HER-id</translation>
    </message>
    <message>
        <source>Diagnoses</source>
        <translation>Diagnoser</translation>
    </message>
    <message>
        <source>ICD-10 (such as J44.1) or ICPC-2 (such as R95). The first is the primary diagnosis.</source>
        <translation>ICD-10 (som J44.1) eller ICPC-2 (som R95). Den første er hoveddiagnosen.</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Henvisning</translation>
    </message>
    <message>
        <source>From the GP</source>
        <translation>Fra fastlegen</translation>
    </message>
    <message>
        <source>From the hospital</source>
        <translation>Fra sykehuset</translation>
    </message>
    <message>
        <source>From the allocation office (tildelingskontoret)</source>
        <translation>Fra tildelingskontoret</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Henvist</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Henvist av</translation>
    </message>
    <message>
        <source>Name of the referrer</source>
        <translation>Navnet på den som henviste</translation>
    </message>
    <message>
        <source>Referral date</source>
        <translation>Henvisningsdato</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Oppfølging</translation>
    </message>
    <message>
        <source>Responsible nurse</source>
        <translation>Ansvarlig sykepleier</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> uker</translation>
    </message>
    <message>
        <source>Trial period</source>
        <translation>Oppstart</translation>
    </message>
    <message>
        <source>&lt;b&gt;Measurements to start with&lt;/b&gt;</source>
        <translation>&lt;b&gt;Målinger å starte med&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>varde::ui::EnrolmentResultPage</name>
    <message>
        <source>Give the patient this link code for their app or measuring gateway. It can be used once.</source>
        <translation>Gi pasienten denne koblingskoden til appen eller måleboksen. Den kan brukes én gang.</translation>
    </message>
    <message>
        <source>&amp;Print slip for the patient…</source>
        <translation>&amp;Skriv ut lapp til pasienten …</translation>
    </message>
    <message>
        <source>Save slip as &amp;PDF…</source>
        <translation>Lagre lappen som &amp;PDF …</translation>
    </message>
    <message>
        <source>&amp;Open the patient</source>
        <translation>&amp;Åpne pasienten</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Lukk</translation>
    </message>
    <message>
        <source>Enrolled again: the earlier history is kept</source>
        <translation>Innskrevet på nytt: den tidligere historikken er beholdt</translation>
    </message>
    <message>
        <source>Enrolled in follow-up</source>
        <translation>Innskrevet i oppfølging</translation>
    </message>
    <message>
        <source>%1 starts the trial period with %2.</source>
        <translation>%1 starter oppstarten hos %2.</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Gyldig til %1</translation>
    </message>
    <message>
        <source>The slip was sent to the printer.</source>
        <translation>Lappen er sendt til skriveren.</translation>
    </message>
    <message>
        <source>The slip could not be printed.</source>
        <translation>Lappen kunne ikke skrives ut.</translation>
    </message>
    <message>
        <source>Save slip as PDF</source>
        <translation>Lagre lappen som PDF</translation>
    </message>
    <message>
        <source>link-code.pdf</source>
        <translation>koblingskode.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Lagret som %1.</translation>
    </message>
</context>
<context>
    <name>varde::ui::FirstSyncDialog</name>
    <message>
        <source>First synchronisation</source>
        <translation>Første synkronisering</translation>
    </message>
    <message>
        <source>First synchronisation in progress</source>
        <translation>Første synkronisering pågår</translation>
    </message>
    <message>
        <source>Received so far</source>
        <translation>Hentet så langt</translation>
    </message>
    <message>
        <source>Stopped. What has arrived is stored; the synchronisation goes on where it stopped when you choose Continue or start Varde again.</source>
        <translation>Stoppet. Det som er hentet, er lagret; synkroniseringen fortsetter der den stoppet når du velger Fortsett eller starter Varde på nytt.</translation>
    </message>
    <message>
        <source>This workstation is fetching the follow-up service's patient data from the server. You can work meanwhile; the worklist fills as the data arrive.</source>
        <translation>Arbeidsstasjonen henter pasientdataene til oppfølgingstjenesten fra serveren. Du kan arbeide imens; arbeidslisten fylles etter hvert som dataene kommer.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Fortsett</translation>
    </message>
    <message>
        <source>&amp;Stop, continue later</source>
        <translation>&amp;Stopp, fortsett senere</translation>
    </message>
    <message>
        <source>Received: %1 pages, %2 measurements, %3 other changes</source>
        <translation>Hentet: %1 sider, %2 målinger, %3 andre endringer</translation>
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
    <message>
        <source>Appro&amp;vals (%1)</source>
        <translation>Godkje&amp;nninger (%1)</translation>
    </message>
    <message>
        <source>&amp;Meeting mode…</source>
        <translation>&amp;Møtemodus …</translation>
    </message>
    <message>
        <source>Case&amp;load</source>
        <translation>Saksm&amp;engde</translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation>&amp;Ny pasient …</translation>
    </message>
    <message>
        <source>Patients whose follow-up ended longer ago than the retention period were removed from this workstation: %1.</source>
        <translation>Pasienter som avsluttet oppfølgingen for lenger siden enn lagringstiden, er fjernet fra denne arbeidsstasjonen: %1.</translation>
    </message>
    <message>
        <source>Received messages that could not be &amp;filed…</source>
        <translation>Mottatte meldinger som ikke kunne &amp;behandles …</translation>
    </message>
    <message>
        <source>Sign in to the &amp;server…</source>
        <translation>Logg inn på &amp;serveren …</translation>
    </message>
    <message>
        <source>Changes not sent yet</source>
        <translation>Endringer er ikke sendt ennå</translation>
    </message>
    <message>
        <source>Changes made here have not reached the server yet (%1). They are kept safely on this PC and sent the next time Varde starts with a connection. Quit anyway?</source>
        <translation>Endringer gjort her har ikke nådd serveren ennå (%1). De tas trygt vare på denne PC-en og sendes neste gang Varde starter med forbindelse. Avslutte likevel?</translation>
    </message>
    <message>
        <source>Sign out for good and &amp;delete local data…</source>
        <translation>Logg ut for godt og &amp;slett lokale data …</translation>
    </message>
</context>
<context>
    <name>varde::ui::MeetingWindow</name>
    <message>
        <source>Varde – meeting</source>
        <translation>Varde – møte</translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation>‹ Forrige</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Neste ›</translation>
    </message>
    <message>
        <source>Note decision (N)</source>
        <translation>Noter beslutning (N)</translation>
    </message>
    <message>
        <source>Other screen (S)</source>
        <translation>Annen skjerm (S)</translation>
    </message>
    <message>
        <source>Leave (Esc)</source>
        <translation>Avslutt (Esc)</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 år</translation>
    </message>
    <message>
        <source>GP %1</source>
        <translation>Fastlege %1</translation>
    </message>
    <message>
        <source>approved by %1 on %2</source>
        <translation>godkjent av %1 %2</translation>
    </message>
    <message>
        <source>Plan %1</source>
        <translation>Plan %1</translation>
    </message>
    <message>
        <source>No personal plan yet: the service's default limits, %1</source>
        <translation>Ingen personlig plan ennå: tjenestens standardgrenser, %1</translation>
    </message>
    <message>
        <source>No personal plan yet: Varde's built-in limits</source>
        <translation>Ingen personlig plan ennå: Vardes innebygde grenser</translation>
    </message>
    <message>
        <source>What matters to you?</source>
        <translation>Hva er viktig for deg?</translation>
    </message>
    <message>
        <source>No goals written down yet.</source>
        <translation>Ingen mål skrevet ned ennå.</translation>
    </message>
    <message>
        <source>Saved as a new draft for the GP to approve. The plan in force is unchanged.</source>
        <translation>Lagret som nytt utkast som fastlegen må godkjenne. Planen som gjelder, er uendret.</translation>
    </message>
    <message>
        <source>No patients on the agenda.</source>
        <translation>Ingen pasienter på agendaen.</translation>
    </message>
</context>
<context>
    <name>varde::ui::MessageThread</name>
    <message>
        <source>&amp;Write to the GP…</source>
        <translation>&amp;Skriv melding til fastlege …</translation>
    </message>
    <message>
        <source>Continue &amp;draft…</source>
        <translation>Fortsett &amp;utkast …</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Forkast utkast</translation>
    </message>
    <message>
        <source>E&amp;xport to file…</source>
        <translation>E&amp;ksporter til fil …</translation>
    </message>
    <message>
        <source>Save the message as an XML file, for sending by other means until the workstation sends by itself.</source>
        <translation>Lagre meldingen som XML-fil, for sending på annen måte til arbeidsstasjonen sender selv.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Retning</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Kvittering</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Innhold</translation>
    </message>
    <message>
        <source>Messages with the GP</source>
        <translation>Meldinger med fastlegen</translation>
    </message>
    <message>
        <source>The selected message</source>
        <translation>Den valgte meldingen</translation>
    </message>
    <message>
        <source>To the GP</source>
        <translation>Til fastlegen</translation>
    </message>
    <message>
        <source>From the GP</source>
        <translation>Fra fastlegen</translation>
    </message>
    <message>
        <source>&lt;p&gt;No messages with the GP yet. &lt;b&gt;Write to the GP…&lt;/b&gt; drafts one from the patient's open findings.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ingen meldinger med fastlegen ennå. &lt;b&gt;Skriv melding til fastlege …&lt;/b&gt; lager et utkast fra pasientens åpne funn.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a message to read it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Velg en melding for å lese den.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Why it was refused:</source>
        <translation>Hvorfor den ble avvist:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Pasient</translation>
    </message>
    <message>
        <source>Message id</source>
        <translation>Meldings-id</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Vedlegg</translation>
    </message>
    <message>
        <source>Select a message first.</source>
        <translation>Velg en melding først.</translation>
    </message>
    <message>
        <source>Export message</source>
        <translation>Eksporter melding</translation>
    </message>
    <message>
        <source>XML files (*.xml)</source>
        <translation>XML-filer (*.xml)</translation>
    </message>
    <message>
        <source>Discard this draft? It cannot be brought back.</source>
        <translation>Forkaste dette utkastet? Det kan ikke hentes tilbake.</translation>
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
    <message>
        <source>Edit &amp;contact details…</source>
        <translation>Endre &amp;kontaktopplysninger …</translation>
    </message>
    <message>
        <source>Change responsible n&amp;urse…</source>
        <translation>Bytt ansvarlig s&amp;ykepleier …</translation>
    </message>
    <message>
        <source>&amp;End follow-up…</source>
        <translation>&amp;Avslutt oppfølging …</translation>
    </message>
    <message>
        <source>C&amp;ontact details</source>
        <translation>K&amp;ontaktopplysninger</translation>
    </message>
    <message>
        <source>Follow-up has ended.</source>
        <translation>Oppfølgingen er avsluttet.</translation>
    </message>
    <message>
        <source>Follow-up ended %1 (%2)</source>
        <translation>Oppfølgingen er avsluttet %1 (%2)</translation>
    </message>
    <message>
        <source>Follow-up ended %1</source>
        <translation>Oppfølgingen er avsluttet %1</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pause</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>avsluttet</translation>
    </message>
    <message>
        <source>Diagnoses: %1
GP: %2 (%3) · Follow-up: %4 · Judged by %5 · Responsible nurse: %6</source>
        <translation>Diagnoser: %1
Fastlege: %2 (%3) · Oppfølging: %4 · Vurderes etter %5 · Ansvarlig sykepleier: %6</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>… and %1 more open findings (see History)</source>
        <translation>… og %1 åpne funn til (se Historikk)</translation>
    </message>
    <message>
        <source>&amp;Write to the GP…</source>
        <translation>&amp;Skriv melding til fastlege …</translation>
    </message>
    <message>
        <source>A PLO message to the patient's GP, drafted from the open findings; you edit every part before it is sent.</source>
        <translation>En PLO-melding til pasientens fastlege, laget fra de åpne funnene; du redigerer alt før den sendes.</translation>
    </message>
    <message>
        <source>Also acknowledged: </source>
        <translation>Også kvittert: </translation>
    </message>
</context>
<context>
    <name>varde::ui::PlanConflictDialog</name>
    <message>
        <source>No change</source>
        <translation>Ingen endring</translation>
    </message>
    <message>
        <source>Only you changed this</source>
        <translation>Bare du endret dette</translation>
    </message>
    <message>
        <source>Only the version in force changed this</source>
        <translation>Bare versjonen som gjelder, endret dette</translation>
    </message>
    <message>
        <source>Changed the same way in both</source>
        <translation>Endret likt i begge</translation>
    </message>
    <message>
        <source>Changed differently in both: choose</source>
        <translation>Endret ulikt i begge: velg</translation>
    </message>
    <message>
        <source>The plan was changed in two places</source>
        <translation>Planen ble endret to steder</translation>
    </message>
    <message>
        <source>While you worked on this plan, another version came into force on the server: %1. Your version (%2) has not come into force. Choose for each part which change shall apply; your version is then made again from the version in force, as a draft to be sent for approval again. Or set your version aside: it stays in the plan's history here.</source>
        <translation>Mens du arbeidet med planen, ble en annen versjon tatt i bruk på serveren: %1. Din versjon (%2) er ikke tatt i bruk. Velg for hver del hvilken endring som skal gjelde; din versjon lages da på nytt ut fra versjonen som gjelder, som et utkast som sendes til godkjenning igjen. Eller legg din versjon til side: den blir stående i planens historikk her.</translation>
    </message>
    <message>
        <source>&amp;Make a new draft</source>
        <translation>&amp;Lag nytt utkast</translation>
    </message>
    <message>
        <source>&amp;Set my version aside</source>
        <translation>Legg min versjon til &amp;side</translation>
    </message>
    <message>
        <source>Makes your version again from the version in force with the parts you chose</source>
        <translation>Lager din versjon på nytt ut fra versjonen som gjelder, med delene du valgte</translation>
    </message>
    <message>
        <source>Keeps the version in force; yours is kept in the history, not sent</source>
        <translation>Beholder versjonen som gjelder; din blir stående i historikken og sendes ikke</translation>
    </message>
    <message>
        <source>This version is no longer a draft here (%1): nothing to resolve.</source>
        <translation>Denne versjonen er ikke lenger et utkast her (%1): ingenting å løse.</translation>
    </message>
    <message>
        <source>The version now in force has not reached this workstation yet. Try again after the next synchronisation.</source>
        <translation>Versjonen som gjelder nå, har ikke kommet til denne arbeidsstasjonen ennå. Prøv igjen etter neste synkronisering.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Part&lt;/b&gt;</source>
        <translation>&lt;b&gt;Del&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your change&lt;/b&gt;</source>
        <translation>&lt;b&gt;Din endring&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Change in the version in force&lt;/b&gt;</source>
        <translation>&lt;b&gt;Endring i versjonen som gjelder&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keep&lt;/b&gt;</source>
        <translation>&lt;b&gt;Behold&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Choose …</source>
        <translation>Velg …</translation>
    </message>
    <message>
        <source>Your change</source>
        <translation>Din endring</translation>
    </message>
    <message>
        <source>The version in force</source>
        <translation>Versjonen som gjelder</translation>
    </message>
    <message>
        <source>Keep for %1</source>
        <translation>Behold for %1</translation>
    </message>
    <message>
        <source>The new draft keeps the version in force and takes from yours: %1.</source>
        <translation>Det nye utkastet beholder versjonen som gjelder og tar fra din: %1.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ingenting</translation>
    </message>
    <message>
        <source>Choose a side for each part changed in both (%1 left).</source>
        <translation>Velg side for hver del som er endret i begge (%1 igjen).</translation>
    </message>
    <message>
        <source>Both changes</source>
        <translation>Begge endringene</translation>
    </message>
    <message>
        <source> (both changes)</source>
        <translation> (begge endringene)</translation>
    </message>
</context>
<context>
    <name>varde::ui::PlanEditor</name>
    <message>
        <source>← Back to the &amp;plan</source>
        <translation>← Tilbake til &amp;planen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Angre</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gjør om</translation>
    </message>
    <message>
        <source>Suggested personal limits</source>
        <translation>Forslag til personlige grenser</translation>
    </message>
    <message>
        <source>What would the limits have raised?</source>
        <translation>Hva ville grensene ha gitt?</translation>
    </message>
    <message>
        <source>&amp;Activate without new approval</source>
        <translation>&amp;Aktiver uten ny godkjenning</translation>
    </message>
    <message>
        <source>&amp;Record GP's approval…</source>
        <translation>&amp;Registrer fastlegens godkjenning …</translation>
    </message>
    <message>
        <source>&amp;Send to GP for approval</source>
        <translation>&amp;Send til fastlegen for godkjenning</translation>
    </message>
    <message>
        <source>The service's default rules – %1</source>
        <translation>Tjenestens standardregler – %1</translation>
    </message>
    <message>
        <source>Self-management plan for %1 – %2</source>
        <translation>Egenbehandlingsplan for %1 – %2</translation>
    </message>
    <message>
        <source>the patient</source>
        <translation>pasienten</translation>
    </message>
    <message>
        <source>Created by %1 on %2.</source>
        <translation>Opprettet av %1 %2.</translation>
    </message>
    <message>
        <source>In force now: the service's default rules.</source>
        <translation>Gjelder nå: tjenestens standardregler.</translation>
    </message>
    <message>
        <source>In force now: the version from %1.</source>
        <translation>Gjelder nå: versjonen fra %1.</translation>
    </message>
    <message>
        <source>Sent to the GP for approval on %1; it can no longer be changed.</source>
        <translation>Sendt til fastlegen for godkjenning %1; den kan ikke lenger endres.</translation>
    </message>
    <message>
        <source>Saving soon…</source>
        <translation>Lagres straks …</translation>
    </message>
    <message>
        <source>«%1» is not a number (or a time of day).</source>
        <translation>«%1» er ikke et tall (eller et klokkeslett).</translation>
    </message>
    <message>
        <source>⚠ %1 to fix before sending: %2</source>
        <translation>⚠ %1 å rette før sending: %2</translation>
    </message>
    <message>
        <source>This version is %1 and cannot be sent.</source>
        <translation>Denne versjonen har status «%1» og kan ikke sendes.</translation>
    </message>
    <message>
        <source>Your role cannot draft or send plans.</source>
        <translation>Rollen din kan ikke lage eller sende planer.</translation>
    </message>
    <message>
        <source>Fix what is marked in red before sending the plan to the GP.</source>
        <translation>Rett det som er merket med rødt før planen sendes til fastlegen.</translation>
    </message>
    <message>
        <source>Sends the plan to the GP, who approves or rejects it. Until then the rules in force still judge the values.</source>
        <translation>Sender planen til fastlegen, som godkjenner eller avviser den. Til da vurderes verdiene etter reglene som gjelder nå.</translation>
    </message>
    <message>
        <source>The limits and medicine measures are the ones the GP approved: the plan can take effect without a new approval.</source>
        <translation>Grensene og de medisinske tiltakene er de fastlegen har godkjent: planen kan gjelde uten ny godkjenning.</translation>
    </message>
    <message>
        <source>⚠ Not saved: your changes are only on this screen. %1</source>
        <translation>⚠ Ikke lagret: endringene dine finnes bare på skjermen. %1</translation>
    </message>
    <message>
        <source>Draft saved %1</source>
        <translation>Utkastet er lagret %1</translation>
    </message>
    <message>
        <source>Sent to the GP for approval. The rules in force judge the values until the GP has approved the plan.</source>
        <translation>Sendt til fastlegen for godkjenning. Reglene som gjelder nå, vurderer verdiene til fastlegen har godkjent planen.</translation>
    </message>
    <message>
        <source>The plan is active.</source>
        <translation>Planen er aktiv.</translation>
    </message>
    <message>
        <source>The suggested limits are in the draft. They apply only when a GP has approved the plan.</source>
        <translation>De foreslåtte grensene er lagt inn i utkastet. De gjelder først når en lege har godkjent planen.</translation>
    </message>
    <message>
        <source>The draft is not saved</source>
        <translation>Utkastet er ikke lagret</translation>
    </message>
    <message>
        <source>The changes could not be saved and are only on this screen. Leave and lose them?</source>
        <translation>Endringene kunne ikke lagres og finnes bare på skjermen. Vil du gå ut og miste dem?</translation>
    </message>
    <message>
        <source>What matters to you?</source>
        <translation>Hva er viktig for deg?</translation>
    </message>
    <message>
        <source>The patient's own goals, in their own words, with sub-goals (one per line).</source>
        <translation>Pasientens egne mål, med egne ord, med delmål (ett per linje).</translation>
    </message>
    <message>
        <source>Goal, e.g. «Be able to walk to the shop»</source>
        <translation>Mål, f.eks. «Klare å gå til butikken»</translation>
    </message>
    <message>
        <source>Goal %1:</source>
        <translation>Mål %1:</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Sub-goals, one per line</source>
        <translation>Delmål, ett per linje</translation>
    </message>
    <message>
        <source>Add &amp;goal</source>
        <translation>Legg til &amp;mål</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>What the patient does besides medicines, by area: food, activity, social life, mental health.</source>
        <translation>Det pasienten gjør i tillegg til medisiner, etter område: mat, aktivitet, sosialt liv, psykisk helse.</translation>
    </message>
    <message>
        <source>e.g. «Walk 20 minutes every day»</source>
        <translation>f.eks. «Gå tur 20 minutter hver dag»</translation>
    </message>
    <message>
        <source>Add &amp;measure</source>
        <translation>Legg til &amp;tiltak</translation>
    </message>
    <message>
        <source>What to do in each zone</source>
        <translation>Hva gjøres i hver sone</translation>
    </message>
    <message>
        <source>What the patient does and what the follow-up service does. Medicine measures are prescribed by the GP: changing them needs the GP's approval.</source>
        <translation>Hva pasienten gjør, og hva oppfølgingstjenesten gjør. Medisinske tiltak forordnes av fastlegen: endringer i dem må godkjennes av fastlegen.</translation>
    </message>
    <message>
        <source>%1 zone</source>
        <translation>%1 sone</translation>
    </message>
    <message>
        <source>The patient:</source>
        <translation>Pasienten:</translation>
    </message>
    <message>
        <source>The service:</source>
        <translation>Tjenesten:</translation>
    </message>
    <message>
        <source>e.g. «Start prednisolone 30 mg for 5 days»</source>
        <translation>f.eks. «Start prednisolon 30 mg i 5 dager»</translation>
    </message>
    <message>
        <source>Medicine:</source>
        <translation>Medisin:</translation>
    </message>
    <message>
        <source>Add medicine measure</source>
        <translation>Legg til medisinsk tiltak</translation>
    </message>
    <message>
        <source>Measurement schedule</source>
        <translation>Måleplan</translation>
    </message>
    <message>
        <source>What the patient measures or answers, on which days, and by when. A measurement that has not come by then shows as missing in the worklist.</source>
        <translation>Hva pasienten måler eller svarer på, hvilke dager og innen når. En måling som ikke har kommet innen da, vises som manglende i arbeidslisten.</translation>
    </message>
    <message>
        <source>The plan has no schedule of its own.</source>
        <translation>Planen har ingen egen måleplan.</translation>
    </message>
    <message>
        <source>The plan has no schedule of its own; the one the patient was enrolled with applies: %1.</source>
        <translation>Planen har ingen egen måleplan; den pasienten ble innrullert med, gjelder: %1.</translation>
    </message>
    <message>
        <source>Copy it into the plan</source>
        <translation>Kopier den inn i planen</translation>
    </message>
    <message>
        <source>by</source>
        <translation>innen</translation>
    </message>
    <message>
        <source>Add to the schedule</source>
        <translation>Legg til i måleplanen</translation>
    </message>
    <message>
        <source>Trial period and evaluation</source>
        <translation>Utprøving og evaluering</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> uker</translation>
    </message>
    <message>
        <source>&amp;Trial period:</source>
        <translation>&amp;Utprøvingsperiode:</translation>
    </message>
    <message>
        <source>Evaluate on</source>
        <translation>Evalueres</translation>
    </message>
    <message>
        <source>Evaluation:</source>
        <translation>Evaluering:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notater:</translation>
    </message>
    <message>
        <source>What was decided at the evaluation, and why</source>
        <translation>Hva som ble bestemt ved evalueringen, og hvorfor</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Hvem deltok</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Legg til deltaker</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Limits (need the GP's approval)</source>
        <translation>Grenser (må godkjennes av fastlegen)</translation>
    </message>
    <message>
        <source>A value under a «below» limit or over an «above» limit gives that colour. Empty: no limit on that side.</source>
        <translation>En verdi under en «under»-grense eller over en «over»-grense gir den fargen. Tomt: ingen grense på den siden.</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Måling</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Add limits</source>
        <translation>Legg til grenser</translation>
    </message>
    <message>
        <source>Limits for another measurement:</source>
        <translation>Grenser for en annen måling:</translation>
    </message>
    <message>
        <source>Other rules</source>
        <translation>Andre regler</translation>
    </message>
    <message>
        <source>Deviation from the usual value, change over time, questionnaire answers and measurements expected at set times. Answers are separated by commas.</source>
        <translation>Avvik fra vanlig verdi, endring over tid, svar på spørsmål og målinger som ventes til faste tider. Svar skilles med komma.</translation>
    </message>
</context>
<context>
    <name>varde::ui::PlanTab</name>
    <message>
        <source>The plan in force</source>
        <translation>Planen som gjelder</translation>
    </message>
    <message>
        <source>&amp;Record GP's approval…</source>
        <translation>&amp;Registrer fastlegens godkjenning …</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versjoner</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Opprettet</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <source>Approved or rejected</source>
        <translation>Godkjent eller avvist</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Plan versions</source>
        <translation>Planversjoner</translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation>Sammenlign versjoner</translation>
    </message>
    <message>
        <source>Compare from</source>
        <translation>Sammenlign fra</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Sammenlign med</translation>
    </message>
    <message>
        <source>Differences between the versions</source>
        <translation>Forskjeller mellom versjonene</translation>
    </message>
    <message>
        <source>No rules are in force.</source>
        <translation>Ingen regler gjelder.</translation>
    </message>
    <message>
        <source>No personal plan has been approved yet: the service's default rules judge the values.</source>
        <translation>Ingen personlig plan er godkjent ennå: tjenestens standardregler vurderer verdiene.</translation>
    </message>
    <message>
        <source>&amp;Continue the draft</source>
        <translation>&amp;Fortsett på utkastet</translation>
    </message>
    <message>
        <source>&amp;New draft of the plan</source>
        <translation>&amp;Nytt utkast til planen</translation>
    </message>
    <message>
        <source>Your role cannot draft plans.</source>
        <translation>Rollen din kan ikke lage planer.</translation>
    </message>
    <message>
        <source>A version was sent to the GP for approval on %1. Until it is approved, the plan in force judges the values.</source>
        <translation>En versjon ble sendt til fastlegen for godkjenning %1. Til den er godkjent, vurderes verdiene etter planen som gjelder.</translation>
    </message>
    <message>
        <source>A draft by %1 was last changed %2.</source>
        <translation>Et utkast av %1 ble sist endret %2.</translation>
    </message>
    <message>
        <source>Rejected by %1 on %2</source>
        <translation>Avvist av %1 %2</translation>
    </message>
    <message>
        <source>Nothing to compare yet.</source>
        <translation>Ingenting å sammenligne ennå.</translation>
    </message>
    <message>
        <source>Choose two different versions.</source>
        <translation>Velg to forskjellige versjoner.</translation>
    </message>
    <message>
        <source>&amp;Handout for the patient (PDF)…</source>
        <translation>&amp;Utskrift til pasienten (PDF) …</translation>
    </message>
    <message>
        <source>Print &amp;handout…</source>
        <translation>Skriv ut &amp;pasientens plan …</translation>
    </message>
    <message>
        <source>plan-%1.pdf</source>
        <translation>plan-%1.pdf</translation>
    </message>
    <message>
        <source>Save the patient's handout</source>
        <translation>Lagre pasientens plan</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Handout</source>
        <translation>Pasientens plan</translation>
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
    <message>
        <source>Draft a personal plan and send it to the GP for approval.</source>
        <translation>Lag utkast til personlig plan og send den til fastlegen for godkjenning.</translation>
    </message>
    <message>
        <source>Trial period</source>
        <translation>Oppstart</translation>
    </message>
    <message>
        <source>A message to the GP has had no receipt for more than the service's limit. Check the message thread and follow up by phone if needed.</source>
        <translation>En melding til fastlegen har ikke fått kvittering innen tjenestens frist. Se meldingstråden, og følg opp på telefon ved behov.</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Meldinger</translation>
    </message>
    <message>
        <source>The GP has replied. Read it under Messages in the patient view.</source>
        <translation>Fastlegen har svart. Les svaret under Meldinger i pasientvisningen.</translation>
    </message>
</context>
<context>
    <name>varde::ui::ReassignDialog</name>
    <message>
        <source>Change responsible nurse</source>
        <translation>Bytt ansvarlig sykepleier</translation>
    </message>
    <message>
        <source>&amp;Responsible nurse:</source>
        <translation>&amp;Ansvarlig sykepleier:</translation>
    </message>
    <message>
        <source>%1 (responsible now)</source>
        <translation>%1 (ansvarlig nå)</translation>
    </message>
</context>
<context>
    <name>varde::ui::RecordApprovalDialog</name>
    <message>
        <source>Record the GP's approval</source>
        <translation>Registrer fastlegens godkjenning</translation>
    </message>
    <message>
        <source>The GP approved the plan outside Varde. Record how, so that everyone can see who approved it.</source>
        <translation>Fastlegen godkjente planen utenfor Varde. Registrer hvordan, så alle kan se hvem som godkjente den.</translation>
    </message>
    <message>
        <source>PLO reply (message)</source>
        <translation>PLO-svar (melding)</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>Per telefon</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Hvordan:</translation>
    </message>
    <message>
        <source>&amp;GP's name:</source>
        <translation>&amp;Fastlegens navn:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>The PLO message's reference, or a note on the call</source>
        <translation>PLO-meldingens referanse, eller et notat om samtalen</translation>
    </message>
    <message>
        <source>&amp;Reference or note:</source>
        <translation>&amp;Referanse eller notat:</translation>
    </message>
    <message>
        <source>&amp;Record approval</source>
        <translation>&amp;Registrer godkjenning</translation>
    </message>
</context>
<context>
    <name>varde::ui::RefusedDocumentsDialog</name>
    <message>
        <source>Received messages that could not be filed</source>
        <translation>Mottatte meldinger som ikke kunne behandles</translation>
    </message>
    <message>
        <source>These documents came in but could not be read or attached to a patient. They are kept here; contact the sender if the content matters.</source>
        <translation>Disse dokumentene kom inn, men kunne ikke leses eller knyttes til en pasient. De tas vare på her; kontakt avsenderen hvis innholdet har betydning.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Mottatt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>From file</source>
        <translation>Fra fil</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Årsak</translation>
    </message>
    <message>
        <source>Refused documents</source>
        <translation>Avviste dokumenter</translation>
    </message>
    <message>
        <source>The document as received</source>
        <translation>Dokumentet slik det ble mottatt</translation>
    </message>
    <message>
        <source>(A rejecting receipt was sent back.)</source>
        <translation>(En avvisende kvittering ble sendt tilbake.)</translation>
    </message>
</context>
<context>
    <name>varde::ui::ReplayPanel</name>
    <message>
        <source>%1 red, %2 yellow, %3 suspect, %4 missing</source>
        <translation>%1 rød, %2 gul, %3 mulig feilmåling, %4 mangler</translation>
    </message>
    <message>
        <source>Last 30 days, this draft</source>
        <translation>Siste 30 dager, dette utkastet</translation>
    </message>
    <message>
        <source>Last 30 days, rules in force</source>
        <translation>Siste 30 dager, gjeldende regler</translation>
    </message>
    <message>
        <source>Last 90 days, this draft</source>
        <translation>Siste 90 dager, dette utkastet</translation>
    </message>
    <message>
        <source>Last 90 days, rules in force</source>
        <translation>Siste 90 dager, gjeldende regler</translation>
    </message>
    <message>
        <source>Replay of the draft on the patient's own data</source>
        <translation>Utkastet prøvd på pasientens egne data</translation>
    </message>
    <message>
        <source>Findings each rule set would have raised on the patient's own measurements and answers.</source>
        <translation>Funn hvert regelsett ville ha gitt på pasientens egne målinger og svar.</translation>
    </message>
</context>
<context>
    <name>varde::ui::ScheduleEditor</name>
    <message>
        <source>Add a measurement or question</source>
        <translation>Legg til måling eller spørsmål</translation>
    </message>
    <message>
        <source>Use the suggestion for the diagnoses</source>
        <translation>Bruk forslaget for diagnosene</translation>
    </message>
    <message>
        <source>Changed by you; the suggestion for the diagnoses no longer applies.</source>
        <translation>Endret av deg; forslaget for diagnosene gjelder ikke lenger.</translation>
    </message>
    <message>
        <source>Choose at least one measurement. A suggestion appears when a known diagnosis (such as J44 or I50) is entered.</source>
        <translation>Velg minst én måling. Et forslag kommer når en kjent diagnose (som J44 eller I50) er skrevet inn.</translation>
    </message>
    <message>
        <source>Suggested for the diagnoses; change it as needed.</source>
        <translation>Foreslått for diagnosene; endre etter behov.</translation>
    </message>
    <message>
        <source>Measurement %1</source>
        <translation>Måling %1</translation>
    </message>
    <message>
        <source>by</source>
        <translation>innen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Remove measurement %1</source>
        <translation>Fjern måling %1</translation>
    </message>
</context>
<context>
    <name>varde::ui::ServerSignInDialog</name>
    <message>
        <source>Sign in to the server</source>
        <translation>Logg inn på serveren</translation>
    </message>
    <message>
        <source>Connect this workstation to the follow-up service's server. Your patient data stay encrypted on this PC and are kept in step with the server; the local password still opens them.</source>
        <translation>Koble denne arbeidsstasjonen til oppfølgingstjenestens server. Pasientdataene forblir kryptert på denne PC-en og holdes i takt med serveren; det lokale passordet åpner dem fortsatt.</translation>
    </message>
    <message>
        <source>Optional: a PEM file from your IT department</source>
        <translation>Valgfritt: en PEM-fil fra IT-avdelingen</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server&amp;adresse:</translation>
    </message>
    <message>
        <source>&amp;User name on the server:</source>
        <translation>&amp;Brukernavn på serveren:</translation>
    </message>
    <message>
        <source>&amp;Password on the server:</source>
        <translation>&amp;Passord på serveren:</translation>
    </message>
    <message>
        <source>Extra trusted &amp;certificate:</source>
        <translation>Ekstra klarert &amp;sertifikat:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Logg inn</translation>
    </message>
    <message>
        <source>The server address must look like https://server:port.</source>
        <translation>Serveradressen må se slik ut: https://server:port.</translation>
    </message>
    <message>
        <source>Write your user name and password on the server.</source>
        <translation>Skriv brukernavnet og passordet ditt på serveren.</translation>
    </message>
    <message>
        <source>The server did not accept this user name and password.</source>
        <translation>Serveren godtok ikke dette brukernavnet og passordet.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins. Wait a few minutes and try again.</source>
        <translation>For mange mislykkede innlogginger. Vent noen minutter og prøv igjen.</translation>
    </message>
</context>
<context>
    <name>varde::ui::ServerStep</name>
    <message>
        <source>Sign in to the &amp;server</source>
        <translation>Logg inn på &amp;serveren</translation>
    </message>
    <message>
        <source>&amp;Work without the server</source>
        <translation>&amp;Arbeid uten server</translation>
    </message>
    <message>
        <source>Your session with the server %1 has ended. Sign in to the server to send and fetch changes. You may also work without it: your changes wait safely here.</source>
        <translation>Økten din på serveren %1 er avsluttet. Logg inn på serveren for å sende og hente endringer. Du kan også arbeide uten: endringene dine venter trygt her.</translation>
    </message>
    <message>
        <source>This workstation has not reached the server %1 for more than %2 days. The patient data open when you have signed in to the server.</source>
        <translation>Denne arbeidsstasjonen har ikke nådd serveren %1 på mer enn %2 dager. Pasientdataene åpnes når du har logget inn på serveren.</translation>
    </message>
    <message>
        <source>The server %1 has disabled the user who signed in here. The patient data open when a user the server accepts has signed in.</source>
        <translation>Serveren %1 har deaktivert brukeren som logget inn her. Pasientdataene åpnes når en bruker serveren godtar, har logget inn.</translation>
    </message>
    <message>
        <source>User name on the server</source>
        <translation>Brukernavn på serveren</translation>
    </message>
    <message>
        <source>Password on the server</source>
        <translation>Passord på serveren</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Feilmelding</translation>
    </message>
    <message>
        <source>User name on the &amp;server:</source>
        <translation>Brukernavn på &amp;serveren:</translation>
    </message>
    <message>
        <source>Password on the server:</source>
        <translation>Passord på serveren:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Write your password on the server.</source>
        <translation>Skriv passordet ditt på serveren.</translation>
    </message>
    <message>
        <source>The server did not accept this user name and password. You are still signed in on this workstation.</source>
        <translation>Serveren godtok ikke dette brukernavnet og passordet. Du er fortsatt logget inn på denne arbeidsstasjonen.</translation>
    </message>
</context>
<context>
    <name>varde::ui::SuggestionPanel</name>
    <message>
        <source>Measurement</source>
        <translation>Måling</translation>
    </message>
    <message>
        <source>In the draft</source>
        <translation>I utkastet</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Foreslått</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Grunnlag</translation>
    </message>
    <message>
        <source>Suggested limits</source>
        <translation>Foreslåtte grenser</translation>
    </message>
    <message>
        <source>&amp;Use the suggested limits in the draft</source>
        <translation>&amp;Bruk de foreslåtte grensene i utkastet</translation>
    </message>
    <message>
        <source>Copies the suggestion into the draft. It applies only when a GP has approved the plan.</source>
        <translation>Kopierer forslaget inn i utkastet. Det gjelder først når en lege har godkjent planen.</translation>
    </message>
    <message>
        <source>Suggested from the measurements of the last %1 weeks (the trial period) up to %2.</source>
        <translation>Foreslått ut fra målingene de siste %1 ukene (utprøvingsperioden) til og med %2.</translation>
    </message>
    <message>
        <source>%1 values on %2 days; usual level %3 %5, spread %4 %5</source>
        <translation>%1 verdier på %2 dager; vanlig nivå %3 %5, spredning %4 %5</translation>
    </message>
    <message>
        <source>No suggestion: %1</source>
        <translation>Ingen forslag: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Method: %1</source>
        <translation>Metode: %1</translation>
    </message>
</context>
<context>
    <name>varde::ui::SyncOutcomesDialog</name>
    <message>
        <source>Changes the server did not take</source>
        <translation>Endringer serveren ikke tok imot</translation>
    </message>
    <message>
        <source>A conflict means someone changed the same thing first: compare what was sent with the server's version and make the change again where it is still needed. A refusal gives the reason. Nothing here is lost until you mark it as seen.</source>
        <translation>En konflikt betyr at noen endret det samme først: sammenlign det som ble sendt med serverens versjon, og gjør endringen på nytt der den fortsatt trengs. En avvisning oppgir årsaken. Ingenting her går tapt før du merker det som sett.</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Registrert</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Årsak</translation>
    </message>
    <message>
        <source>What was sent</source>
        <translation>Det som ble sendt</translation>
    </message>
    <message>
        <source>The server's answer and current version</source>
        <translation>Serverens svar og gjeldende versjon</translation>
    </message>
    <message>
        <source>Sent from this workstation:</source>
        <translation>Sendt fra denne arbeidsstasjonen:</translation>
    </message>
    <message>
        <source>The server's answer (its current version):</source>
        <translation>Serverens svar (gjeldende versjon):</translation>
    </message>
    <message>
        <source>&amp;Mark as seen</source>
        <translation>&amp;Merk som sett</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Avvist</translation>
    </message>
    <message>
        <source>&amp;Resolve the plan conflict …</source>
        <translation>&amp;Løs plankonflikten …</translation>
    </message>
</context>
<context>
    <name>varde::ui::SyncStatusLabel</name>
    <message>
        <source>Not connected to a server (local data only)</source>
        <translation>Ikke koblet til server (bare lokale data)</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● Tilkoblet</translation>
    </message>
    <message>
        <source>◌ Connecting…</source>
        <translation>◌ Kobler til …</translation>
    </message>
    <message>
        <source>○ Offline, trying again</source>
        <translation>○ Frakoblet, prøver igjen</translation>
    </message>
    <message>
        <source>⚠ Sign in to the server again (click)</source>
        <translation>⚠ Logg inn på serveren igjen (klikk)</translation>
    </message>
    <message>
        <source>○ Not syncing</source>
        <translation>○ Synkroniserer ikke</translation>
    </message>
    <message>
        <source> · synced %1</source>
        <translation> · synkronisert %1</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Synkroniseringsstatus</translation>
    </message>
    <message>
        <source> · waiting to be sent: %1</source>
        <translation> · venter på sending: %1</translation>
    </message>
    <message>
        <source> · conflicts to look at: %1</source>
        <translation> · konflikter å se på: %1</translation>
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
    <message>
        <source>Make a personal plan and send it to the GP for approval.</source>
        <translation>Lag personlig plan og send den til fastlegen for godkjenning.</translation>
    </message>
    <message>
        <source>&amp;Write to the GP about these findings…</source>
        <translation>&amp;Skriv til fastlegen om disse funnene …</translation>
    </message>
    <message>
        <source>A PLO message drafted from the selected findings (all open ones when none is selected). Sending it can acknowledge them.</source>
        <translation>En PLO-melding laget fra de valgte funnene (alle åpne når ingen er valgt). Når den sendes, kan funnene kvitteres.</translation>
    </message>
</context>
</TS>
