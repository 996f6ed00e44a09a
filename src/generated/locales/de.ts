
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's022285e4e2e2d4fa': str`${0} und wurde weggelassen`,
's1001e27928b3de65': `Feed`,
's11f199faef3d120f': `Der Feed enthält keine JSON-Daten: Seine Adresse führt vielleicht stattdessen zu einer Webseite.`,
's161fca0910f59e5a': str`Das Netzwerk „${0}“ gibt es im Feed nicht.`,
's1d698f9d92986cdd': `Die Netzwerkdaten sind ungültig.`,
's1f037d8ed3d35a2b': str`${0} – Internetseite`,
's2f3d938a5a4cc568': str`Der Server des Feeds hat die Anfrage abgelehnt (HTTP ${0}).`,
's366b3557e6715525': str`${0} – Website`,
's3c6f4b5585a8d1dd': str`hat zu viele Einträge (höchstens ${0})`,
's3db1ffa3acd4acd6': `Mitglieder in Deutschland`,
's40acacc9e92fb7d1': `Rollen Heidelbergs`,
's41f8c1318e5cc6eb': `Es wird automatisch erneut versucht …`,
's421240206b997687': str`nennt die unbekannte Kategorie „${0}“`,
's4431532e4ebad0b9': `Es wurde kein Netzwerk gewählt: Setzen Sie das Attribut network auf die ID eines Netzwerks.`,
's4a64bd9aee5eea90': str`Die Kategorie „${0}“ gibt es im Feed nicht.`,
's4c2251760c5d2c55': str`und ${0} weitere`,
's5f61ec4bac4058bb': str`Angezeigt wird eine gespeicherte Kopie (Stand: ${0}): Der Feed konnte nicht aktualisiert werden.`,
's61afa0d5e1bf516c': str`muss wie „${0}“ geschrieben sein`,
's641f68d3f134054a': `In dieser Kategorie gibt es keine Netzwerke.`,
's6a73c270ed8ff770': str`wiederholt die ID „${0}“`,
's705d19e8395a99a3': `darf nicht leer sein`,
's70e2cdd0c9d9035b': `Dieser Feed nennt keine Kontakte.`,
's70f3708f1404c46a': `muss eine ganze Zahl ab 0 sein`,
's71c7890bb35c44f9': `muss ein Text sein`,
's77fbb0a6d145442d': `Länder`,
's79a948baad99003d': `Der Feed hat eine nicht unterstützte Feed-Version: Diese Elemente lesen Version 1.`,
's83a771a3d9cfe759': str`${0} anrufen: ${1}`,
's8604e6a54399ae3f': `muss ein Objekt sein`,
's87bae2710b2492c3': `Kontakt`,
's8b008e2f652cbddb': str`seit ${0}`,
's8d6f5e503ac52075': `Der Feed konnte nicht geladen werden: Sie sind vielleicht offline, oder der Server des Feeds erlaubt dieser Website nicht, ihn zu lesen (CORS).`,
's8ece9c6d1a5da04b': `Der Server des Feeds hat nicht rechtzeitig geantwortet.`,
's9f5a5f23312798f0': `Mitglieder`,
's9fa2bd85bd1319ac': `Der Feed ist zu groß zum Laden.`,
'sa0a33eb27912565a': `Dieser Feed enthält keine Netzwerke.`,
'sac47184c2269bc9e': `Gegründet`,
'saf15044551bff618': `Rolle Heidelbergs`,
'sb4ed3bd119cea5ae': `muss eine Liste sein`,
'sb93e5af29aca2e3d': `fehlt`,
'sc25199bea55bbdac': str`rund ${0}`,
'sc6a7675cbcda72a8': str`ist zu lang (höchstens ${0} Zeichen)`,
'scc24472e639acbfa': str`Beim Server des Feeds ist ein Fehler aufgetreten (HTTP ${0}).`,
'scd1dd6ff53d0d01a': `Erneut versuchen`,
'sd8a0d0cc52fdaf39': str`bis ${0}`,
'sdfccda2725c7f643': str`Der Netzwerk-Feed wurde nicht gefunden (HTTP ${0}).`,
'se0a879a684133b80': str`Diesen Kontakt „${0}“ gibt es im Feed nicht.`,
'se25bb63188fef6e9': str`E-Mail an ${0}: ${1}`,
'se70d731f3c518d79': str`über ${0}`,
'seab19285a7c7defc': `Netzwerke werden geladen …`,
'sed4a369bcce81ebc': `Die Daten sind kein gültiger Netzwerk-Feed.`,
'sf3a89a267b66d19f': str`nennt die unbekannte Dienststelle „${0}“`,
'sf42be2b83aecf04f': str`nicht unterstützte Feed-Version ${0}: Diese Elemente lesen Version 1`,
'sfa251e3af0f9c14c': str`${0} bis ${1}`,
    };
  