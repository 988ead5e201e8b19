package io.postmortem.rules.language;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words of the other languages post-mortems here are written in (German, French, Spanish, Italian, Portuguese, Dutch,
 * Polish, Swedish; since phase 35 Turkish, Hindi in Latin letters, Greek and Chinese), shared by the checks that read
 * them: whether a text is in English, numbers written out, and the parties (crews, teams, departments, owners,
 * authorities) a sentence in those languages can put a failure on. Moved
 * here from {@code Testability} in phase 33 when the blame rules began to read the same words.
 */
public final class Abroad {
    private Abroad() {
    }

    /** English words that a sentence in English nearly always has and the other languages here do not. */
    public static final Pattern ENGLISH_WORDS = Pattern.compile("(?i)\\b(?:the|an|and|of|to|for|with|at|by|every|each|all"
            + "|from|our|we|is|be|this|that|it|any|more|less|into|after|before|when|than|their|its)\\b");
    /** Words of the other languages post-mortems here are written in. */
    public static final Pattern OTHER_LANGUAGE = Pattern.compile("(?i)\\b(?:der|die|das|den|dem|und|mit|auf|im|zu|mehr|le|la"
            + "|les|des|du|une|et|au|aux|el|los|las|del|y|con|il|lo|gli|della|delle|di|da|do|dos|os|em|na|uma|het|een|van"
            + "|voor|się|och|att|più|más|mais|meer|plus"
            // phase 35: Dutch, Turkish and Hindi written in Latin letters; Greek and Chinese by their script
            + "|niet|alle|beter|opnieuw|ook|naar|bij|wordt|werd|heeft|hebben|zijn|ze|wat|dat|(?<!['’])ve|bir|bu|için|ile|daha|çok"
            + "|olarak|gibi|önce|sonra|kadar|değil|hiç|ama|çünkü|ke|ki|ka|ko|ne|se|hai|hain|tha|thi|nahi|nahin|bhi|aur|kar"
            + "|karna|diya|gaya|gaye|hota|jaata|koi|agar|toh|wale|wala|mein)\\b|[äöüßéèêàçãõñìòùąęłńśźżćóışğİŞĞ]"
            + "|\\p{IsGreek}+|\\p{IsHan}+");

    /** Numbers and frequencies written out in those languages ("trois résultats", "binnen zehn Minuten", "mensual"). */
    public static final Pattern NUMBER_ABROAD = Pattern.compile("(?iu)(?<!\\p{L})(?:zwei|drei|vier|fünf|sechs|zehn"
            + "|zwanzig"
            + "|hundert|deux|trois|quatre|cinq|six|dix|vingt|cent|dos|tres|cuatro|cinco|seis|diez|veinte|cien|due|tre"
            + "|quattro|cinque|sei|dieci|venti|cento|duas|três|quatro|dez|vinte|twee|drie|vijf|zes|tien|twintig|dwa|trzy"
            + "|cztery|pięć|dziesięć|täglich|wöchentlich|monatlich|jährlich|quotidien\\w*|hebdomadaire\\w*|mensuel\\w*"
            + "|annuel\\w*|diari[oa]s?|semanal\\w*|mensual\\w*|mensal\\w*|anual\\w*|giornalier\\w*|settimanal\\w*"
            + "|mensil\\w*|annual\\w*|dagelijks|wekelijks|maandelijks|jaarlijks|codzienn\\w*|tygodniow\\w*|miesięczn\\w*"
            + "|roczn\\w*|minut\\w*|stunden?|heures?|horas?|ore|uur|godzin\\w*|tage?n?|jours?|días?|giorni|dias|dagen)(?!\\p{L})");

    /**
     * Parties in those languages that act and can fail: crews, teams and departments, owners and operators, officers,
     * authorities and governments ("l'équipe support", "das Straßenbauamt", "la préfecture", "el regulador minero", "il
     * nostromo", "a empresa terceirizada", "de centrale ICT-afdeling", "armator"). A compound's head counts
     * ("Straßenbauamt", "Account-Team"). Systems, machines and documents are not here.
     */
    public static final String PARTY = "(?:(?-i:\\p{Lu}\\p{L}*(?:amt|behörde|abteilung|leitung|betreiber|eigentümer))"
            + "|(?:\\p{L}+-)?(?:team|truppe)|\\p{L}*afdeling|amt|behörde|abteilung|leitung|betreiber|eigentümer|équipes?"
            + "|[ée]quipage|equipos?|equipes?|equipaggio|squadr[ae]|ekip[ay]|załog[ai]|tripulaci[óo]n|tripula[çc][ãa]o"
            + "|besatzung|bemanning|direction|dirigeants|gerencia|direcci[óo]n|direzione|dire[çc][ãa]o|diretoria|management"
            + "|empresas?|entreprises?|firm[ay]|bedrijf|soci[ée]t[ée]|compagnie|compañía|compagnia|companhia|armator\\w*"
            + "|due[ñn]os|propri[ée]taires?|proprietari[oa]?|donos|eigenaars?|exploitant|op[ée]rateur|operador(?:a|es)?"
            + "|gestore|beheerder|r[ée]gulat(?:eur|ore)|regulador|toezichthouder|aufsicht|pr[ée]fecture|mairie|ayuntamiento"
            + "|comune|gemeente|ministère|ministerio|ministero|ministerium|minist[ée]rio|gouvernement|gobierno|governo"
            + "|regierung|regering|rz[ąa]d|servicios?|services?|servi[çc]os?|servizi[oa]?|dienst|ufficiale|officier|oficial"
            + "|capit[aá]n|capitaine|kapit[äa]n|comandante|commandant|nostromo|ingegneria|engenharia|ing[ée]nierie|vertrieb"
            + "|support|chef|jefes?|capo|baas|szef\\w*|kierownictw\\w*|zarz[ąa]d|inspect(?:eur|or)(?:es|s)?|inspecteurs"
            + "|ispettor[ei]|prüfer|techniciens?|t[ée]cnicos?|tecnici|monteurs?|ouvriers|obreros|operai|responsables?"
            + "|responsabil[ei]|verantwortliche[nr]?|encargad[oa]s?|leiter(?:in)?|chefe|gerente|g[ée]rant|directeur|director"
            + "|direttore|diretor|führung|ledning(?:en)?|styrelse(?:n)?|bolaget|företaget|kommun(?:en)?|myndighet(?:en)?)";

    /** A text in another of those languages: more of their words than English ones, and two or no English word. */
    public static boolean otherLanguage(String s) {
        int other = count(OTHER_LANGUAGE, s);
        int english = count(ENGLISH_WORDS, s);
        return other > english && (other >= 2 || english == 0);
    }

    /** How many times the pattern occurs in the text. */
    public static int count(Pattern p, String s) {
        Matcher m = p.matcher(s);
        int n = 0;
        while (m.find()) n++;
        return n;
    }
}
