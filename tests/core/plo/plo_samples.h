#pragma once
// The official sample messages (tests/data/plo/samples, copied unmodified from
// /work/shared/plo/samples) and what they say, read by hand from the XML: MsgInfo/Type,
// MsgId, the HER-ids of sender and receiver (Organisation, and the Organisation/Organisation or
// HealthcareProfessional inside it; "" where only an ENH org. number is given), the patient and
// a piece of the free text.
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace plo_test
{

struct Sample {
    const char *file;
    const char *type;
    const char *msgId;
    const char *senderHer;
    const char *senderPartyHer; // unit or person inside the sender
    const char *receiverHer;
    const char *receiverPartyHer;
    const char *patientFamilyName;
    const char *patientId; // all FNR
    const char *text; // occurs in the readable text
};

inline const std::vector<Sample> &samples()
{
    static const std::vector<Sample> all {
        { "Case1_1-Dialogmelding-Foresporsel_medisinske_opplysninger.xml", "DIALOG_FORESPORSEL",
            "e93d2f30-df37-11de-8a39-0800200c9a66", "99887", "", "", "9144897", "Gundersen",
            "15072500552", "Pasienten er tildelt korttidsopphold på Tunet sykehjem" },
        { "Case2_1-Dialogmelding-Foresporsel-Konsultasjon_fra_fastlegen.xml", "DIALOG_FORESPORSEL",
            "9600d9d0-de7d-11de-8a39-0800200c9a66", "56704", "369.767", "99387", "5078",
            "Gundersen", "15076500565", "mottar pasienten hjemmesykepleie 3 x pr uke" },
        { "Case2_1-Dialogmelding_Foresporsel_utlevering_diagnoser_for_IPLOS-rapportering.xml",
            "DIALOG_FORESPORSEL", "a228d080-df38-11de-8a39-0800200c9a66", "01010", "", "",
            "9144897", "Gundersen", "15076500565",
            "Innføring av individbasert pleie- og omsorgsstatisikk (IPLOS)." },
        { "Dialogmelding_avvik_v1-0.xml", "DIALOG_AVVIK", "79a353f0-0118-11e8-8f1a-0800200c9a66",
            "91096", "91101", "59", "90998", "Danser", "13116900216",
            "Pasienten er ukjent for oss" },
        { "Dialogmelding_foresporsel_PLO_v1-0.xml", "DIALOG_FORESPORSEL",
            "f0f88210-0111-11e8-8f1a-0800200c9a66", "99387", "5078", "91096", "91101", "Danser",
            "13116900216", "Ber om fornyelse av resept." },
        { "Helsefaglig_dialog.xml", "DIALOG_HELSEFAGLIG", "de1a95c0-4d0c-11e7-9598-0800200c9a66",
            "56704", "258521", "59", "90998", "Danser", "13116900216", "EKG tatt i dag" },
        { "Helseopplysninger_Oppdaterte_opplysninger_v1-6_Endring1.xml", "HELSEOPPL_SOKNAD",
            "29554920-fd22-11e7-8f1a-0800200c9a66", "59", "90998", "99387", "5078", "Telokk",
            "12057900499", "Brudd i lårhalsen." },
        { "Helseopplysninger_Varsel_om_innlagt_pasient_v1-6_Ny.xml", "HELSEOPPL_SOKNAD",
            "37fc6c80-fd20-11e7-8f1a-0800200c9a66", "59", "90998", "99387", "5078", "Telokk",
            "12057900499", "Uavklart status ift. ev. brudd." },
        { "Helseopplysninger_til_lege_v1-6_Ny.xml", "HELSEOPPLYSNINGER_LEGE",
            "298ba670-05a9-11e8-8f1a-0800200c9a66", "99387", "5078", "91096", "91100", "Danser",
            "13116900216", "det er registrert flere fall" },
        { "Innleggelsesrapport_v1-6_Kansellering.xml", "INNLEGGELSESRAPPORT",
            "be6d23c0-0664-11e8-b566-0800200c9a66", "99387", "5078", "59", "91090", "Danser",
            "13116900216", "Meldingen ble sendt på feil pasient." },
        { "Innleggelsesrapport_v1-6_Ny.xml", "INNLEGGELSESRAPPORT",
            "13a5da20-05c6-11e8-8f1a-0800200c9a66", "99387", "5078", "59", "91090", "Danser",
            "13116900216", "klaget over sterke smerter i brystet" },
        { "Medisinske_opplysninger_v1-6_Ny.xml", "MEDISINSKE_OPPLYSNINGER",
            "85e9f800-067a-11e8-b566-0800200c9a66", "91096", "91100", "99387", "5078", "Danser",
            "13116900216", "viser klare og fine lunger" },
        { "Orientering_om_tjenestetilbud_v1-6_Ny.xml", "ORIENTERING_TJENESTETILBUD",
            "c9454120-068b-11e8-b566-0800200c9a66", "99387", "5078", "91096", "91100", "Gundersen",
            "15076500565", "Rengjøring av bolig" },
        { "Pasientlogistikk_Avmelding_av_utskrivningsklar_pasient_v1-6_Ny.xml", "LOG_AVMELDING",
            "ad3f4e50-068e-11e8-b566-0800200c9a66", "59", "90998", "99387", "5078", "Gundersen",
            "15076500565", "ansees pasienten ikke lenger å fylle vilkårene" },
        { "Pasientlogistikk_Innlagt_pasient_v1-6_Ny.xml", "LOG_INNLAGT",
            "b088a160-0698-11e8-b566-0800200c9a66", "59", "90998", "99387", "5078", "Gundersen",
            "15076500565", "Pasienten ble innlagt 29.01.2018 ved Ortopedisk avdeling" },
        { "Pasientlogistikk_Melding_om_utskrevet_pasient_v1-6_Ny.xml", "LOG_UTSKREVET",
            "b5edd090-0697-11e8-b566-0800200c9a66", "59", "90998", "99387", "5078", "Gundersen",
            "15076500565", "Pasienten ble utskrevet 01.02.2018" },
        { "Pasientlogistikk_Orientering_om_dodsfall_v1-6_Ny.xml", "LOG_DOD",
            "a5919840-069b-11e8-b566-0800200c9a66", "99387", "5078", "91096", "91100", "Gundersen",
            "15076500565", "Pasienten døde den 20. februar 2018." },
        { "Pasientlogistikk_Utskrivningsklar_pasient_v1-6_Ny.xml", "LOG_UTSKRIVNINGSKLAR",
            "79c55ed0-0692-11e8-b566-0800200c9a66", "59", "90998", "99387", "5078", "Gundersen",
            "15076500565", "Pasienten ble innlagt 29.01.2018" },
        { "Testcase-Dialogmeldingen_Case1.xml", "DIALOG_FORESPORSEL",
            "4c661458-c412-4c14-baae-7b096f64f6e7", "", "258.521", "", "369.767", "Danser",
            "13116900216", "hele journalen til pasienten oversendt" },
        { "Testcase-Dialogmeldingen_Case2.xml", "DIALOG_SVAR",
            "4c661458-c412-4c14-baae-7b096f73d5d8", "", "369.767", "", "258.521", "Danser",
            "13116900216", "Hele pasientens journal fra og med 1.1.1977 er lagt ved." },
        { "Testcase-Dialogmeldingen_Case3.xml", "DIALOG_NOTAT",
            "4c661458-c412-4c14-baae-8f092g54f6e2", "", "", "", "258.521", "Gundersen",
            "15076500565", "ny behandling for nyresvikt" },
        { "Utskrivningsrapport_v1-6_Kansellering.xml", "UTSKRIVNINGSRAPPORT",
            "2b6b4cd0-0823-11e8-b566-0800200c9a66", "59", "90998", "99387", "5078", "Gundersen",
            "15076500565", "Meldingen ble sendt på feil pasient." },
        { "Utskrivningsrapport_v1-6_Ny.xml", "UTSKRIVNINGSRAPPORT",
            "52c04610-0818-11e8-b566-0800200c9a66", "59", "90998", "99387", "5078", "Gundersen",
            "15076500565", "Startet umiddelbart med penicillinbehandling" },
        { "apprec-eksempel.xml", "APPREC", "fe6225205b3d3049e5f600a44a34ca77", "", "", "", "", "",
            "", "Dobbeltregning: Regningen er allerede innsendt" },
    };
    return all;
}

// An AppRec 1.1 written for the tests after HIS 80415:2012 (the samples have none): rejected
// (status 2), HER-ids in Inst, Dept, HCPerson and AdditionalId.
inline std::string appRec11()
{
    return R"(<?xml version="1.0" encoding="UTF-8"?>
<AppRec xmlns="http://www.kith.no/xmlstds/apprec/2012-02-15">
  <MsgType V="APPREC"/><MIGversion>v1.1 2012-02-15</MIGversion>
  <GenDate>2026-03-30T12:00:00+02:00</GenDate><Id>6f1c0b3e-0000-4000-8000-000000000001</Id>
  <Sender><Role V="PRIM" DN="Primærmottaker"/><HCP><Inst><Name>Kattskinnet legesenter</Name>
    <Id>91096</Id><TypeId V="HER" DN="HER-id"/>
    <HCPerson><Name>August September</Name><Id>91100</Id><TypeId V="HER" DN="HER-id"/></HCPerson>
  </Inst></HCP></Sender>
  <Receiver><Role V="AVS" DN="Avsender"/><HCP><Inst><Name>Alvdal Kommune</Name>
    <Id>974500000</Id><TypeId V="ENH" DN="Org.nr."/>
    <Dept><Name>Sykepleietjeneste</Name><Id>5078</Id><TypeId V="HER" DN="HER-id"/></Dept>
    <AdditionalId><Id>99387</Id><Type V="HER" DN="HER-id"/></AdditionalId>
  </Inst></HCP></Receiver>
  <Status V="2" DN="Avvist"/>
  <Error V="E21" DN="Mottaker finnes ikke" S="2.16.578.1.12.4.1.1.8221"/>
  <OriginalMsgId><MsgType V="HELSEOPPLYSNINGER_LEGE" DN="Helseopplysninger til lege"/>
    <IssueDate>2026-03-30T11:00:00+02:00</IssueDate><Id>298ba670-05a9-11e8-8f1a-0800200c9a66</Id>
  </OriginalMsgId>
</AppRec>)";
}

inline std::filesystem::path sampleDir()
{
    return std::filesystem::path(VARDE_TEST_DATA_DIR) / "plo" / "samples";
}

inline std::string readFile(const std::filesystem::path &path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

inline std::string sample(const std::string &file) { return readFile(sampleDir() / file); }

// `text` with the first `from` replaced by `to`; unchanged if absent (tests check that).
inline std::string replaced(std::string text, const std::string &from, const std::string &to)
{
    const auto at = text.find(from);
    if (at != std::string::npos)
        text.replace(at, from.size(), to);
    return text;
}

} // namespace plo_test
