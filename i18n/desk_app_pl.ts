<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>AdminConsole</name>
    <message>
        <location filename="../desk_app/ui/admin_console.py" line="+76"/>
        <source>Rights</source>
        <translation>Uprawnienia</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Queues</source>
        <translation>Kolejki</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Catalogue</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Letter templates</source>
        <translation>Szablony listów</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Service levels</source>
        <translation>Poziomy usług</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Audit log</source>
        <translation>Dziennik audytu</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Administration…</source>
        <translation>&amp;Administracja…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Administration</source>
        <translation>Administracja</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pages</source>
        <translation>Strony</translation>
    </message>
</context>
<context>
    <name>AdminWords</name>
    <message>
        <location filename="../desk_app/ui/admin_words.py" line="+22"/>
        <source>Take calls, create tickets</source>
        <translation>Przyjmowanie zgłoszeń, tworzenie zgłoszeń</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit tickets assigned to me</source>
        <translation>Edycja zgłoszeń przypisanych do mnie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit tickets in my queues</source>
        <translation>Edycja zgłoszeń w moich kolejkach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit any ticket</source>
        <translation>Edycja dowolnego zgłoszenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move tickets to another queue</source>
        <translation>Przenoszenie zgłoszeń do innej kolejki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign tickets to others</source>
        <translation>Przypisywanie zgłoszeń innym</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change many tickets at once</source>
        <translation>Zmiana wielu zgłoszeń naraz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge and split tickets</source>
        <translation>Scalanie i dzielenie zgłoszeń</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declare an enterprise failure</source>
        <translation>Ogłaszanie awarii przedsiębiorstwa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resolve, close and reopen</source>
        <translation>Rozwiązywanie, zamykanie i ponowne otwieranie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass tickets on within the tier</source>
        <translation>Przekazywanie zgłoszeń w obrębie poziomu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Escalate to a higher tier</source>
        <translation>Eskalacja na wyższy poziom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return to a lower tier</source>
        <translation>Zwracanie na niższy poziom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write knowledge articles</source>
        <translation>Pisanie artykułów bazy wiedzy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish knowledge articles</source>
        <translation>Publikowanie artykułów bazy wiedzy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See my team&apos;s reports</source>
        <translation>Raporty mojego zespołu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See every branch&apos;s reports</source>
        <translation>Raporty wszystkich oddziałów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set service levels, hours and holidays</source>
        <translation>Ustawianie poziomów usług, godzin i świąt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the category catalogue</source>
        <translation>Zmiana katalogu kategorii</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change templates</source>
        <translation>Zmiana szablonów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change queues</source>
        <translation>Zmiana kolejek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manage people</source>
        <translation>Zarządzanie osobami</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manage devices</source>
        <translation>Zarządzanie urządzeniami</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change rights</source>
        <translation>Zmiana uprawnień</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the audit log</source>
        <translation>Odczyt dziennika audytu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Signed in</source>
        <translation>Zalogowano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in failed</source>
        <translation>Nieudane logowanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed out</source>
        <translation>Wylogowano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desk locked</source>
        <translation>Stanowisko zablokowane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person changed</source>
        <translation>Zmieniono osobę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue changed</source>
        <translation>Zmieniono kolejkę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rights changed</source>
        <translation>Zmieniono uprawnienia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configuration changed</source>
        <translation>Zmieniono konfigurację</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device revoked</source>
        <translation>Unieważniono urządzenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Odmowa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data exported</source>
        <translation>Wyeksportowano dane</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+55"/>
        <source>Other</source>
        <translation>Inne</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>English name</source>
        <translation>Nazwa angielska</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic name</source>
        <translation>Nazwa arabska</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branch</source>
        <translation>Oddział</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows</source>
        <translation>Wiersze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right</source>
        <translation>Uprawnienie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Wersja</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Detail</source>
        <translation>Szczegół</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>All branches</source>
        <translation>Wszystkie oddziały</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(removed)</source>
        <translation>(usunięto)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Version {change}</source>
        <translation>Wersja {change}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{role} may now: {rights}</source>
        <translation>{role} może teraz: {rights}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{role} may no longer: {rights}</source>
        <translation>{role} nie może już: {rights}</translation>
    </message>
</context>
<context>
    <name>AllocationPage</name>
    <message>
        <location filename="../desk_app/ui/dashboard_allocation.py" line="+178"/>
        <source>Unassigned tickets</source>
        <translation>Zgłoszenia nieprzypisane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past or near a due time</source>
        <translation>Po terminie lub tuż przed nim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wa&amp;iting:</source>
        <translation>&amp;Czekające:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Agent</source>
        <translation>Konsultant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open assigned</source>
        <translation>Otwarte przypisane</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+20"/>
        <source>Breaching</source>
        <translation>Po terminie</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>&amp;Agents (drop tickets on one, or Enter):</source>
        <translation>&amp;Konsultanci (upuść zgłoszenia na osobę lub naciśnij Enter):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Queue</source>
        <translation>Kolejka</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unassigned</source>
        <translation>Nieprzypisane</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Queues:</source>
        <translation>Ko&amp;lejki:</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Select the tickets to assign first.</source>
        <translation>Najpierw zaznacz zgłoszenia do przypisania.</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%Ln ticket(s) assigned to {name}.</source>
        <translation>
            <numerusform>%Ln zgłoszenie przypisano do: {name}.</numerusform>
            <numerusform>%Ln zgłoszenia przypisano do: {name}.</numerusform>
            <numerusform>%Ln zgłoszeń przypisano do: {name}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln ticket(s) left as they were:</source>
        <translation>
            <numerusform>%Ln zgłoszenie pozostało bez zmian:</numerusform>
            <numerusform>%Ln zgłoszenia pozostały bez zmian:</numerusform>
            <numerusform>%Ln zgłoszeń pozostało bez zmian:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(removed)</source>
        <translation>(usunięte)</translation>
    </message>
</context>
<context>
    <name>ArticleEditor</name>
    <message>
        <location filename="../desk_app/ui/article_editor.py" line="+65"/>
        <source>Edit article</source>
        <translation>Edycja artykułu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New article</source>
        <translation>Nowy artykuł</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arabic</source>
        <translation>Po arabsku</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Arabic &amp;title</source>
        <translation>&amp;Tytuł po arabsku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Arabic text</source>
        <translation>Tekst po &amp;arabsku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Po angielsku</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>English t&amp;itle</source>
        <translation>Tytuł po an&amp;gielsku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;English text</source>
        <translation>T&amp;ekst po angielsku</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write in one language or both. Leave a blank line between paragraphs; start a list item with “- ”; links are written out in full.</source>
        <translation>Pisz w jednym języku lub w obu. Oddzielaj akapity pustym wierszem; punkt listy zaczynaj od „- ”; linki wpisuj w całości.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a category</source>
        <translation>Wybierz kategorię</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Category</source>
        <translation>&amp;Kategoria</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Other words people use for this problem, separated by commas</source>
        <translation>Inne słowa, którymi ludzie opisują ten problem, oddzielone przecinkami</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keywords</source>
        <translation>&amp;Słowa kluczowe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;view on</source>
        <translation>&amp;Przejrzyj dnia</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Save draft</source>
        <translation>Zapisz &amp;wersję roboczą</translation>
    </message>
</context>
<context>
    <name>ArticleReader</name>
    <message>
        <location filename="../desk_app/ui/article_reader.py" line="+94"/>
        <source>Lan&amp;guage</source>
        <translation>Jęz&amp;yk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose an article to read it here.</source>
        <translation>Wybierz artykuł, aby przeczytać go tutaj.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>by {name}</source>
        <translation>autor: {name}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>answered %Ln call(s)</source>
        <translation>
            <numerusform>odpowiedział na %Ln zgłoszenie</numerusform>
            <numerusform>odpowiedział na %Ln zgłoszenia</numerusform>
            <numerusform>odpowiedział na %Ln zgłoszeń</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArticleViewer</name>
    <message>
        <location line="+43"/>
        <source>&amp;Copy passage</source>
        <translation>Kopiuj &amp;fragment</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the selected text, or the whole article</source>
        <translation>Kopiuj zaznaczony tekst albo cały artykuł</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../desk_app/ui/admin_audit_page.py" line="+131"/>
        <source>Anything</source>
        <translation>Cokolwiek</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Wh&amp;o:</source>
        <translation>K&amp;to:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wh&amp;at:</source>
        <translation>&amp;Co:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;Od:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;Do:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branc&amp;h:</source>
        <translation>Oddz&amp;iał:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Show</source>
        <translation>&amp;Wyświetl</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xport CSV…</source>
        <translation>&amp;Eksportuj CSV…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Audit log</source>
        <translation>Dziennik audytu</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branch</source>
        <translation>Oddział</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About</source>
        <translation>Dotyczy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Anyone</source>
        <translation>Ktokolwiek</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All branches</source>
        <translation>Wszystkie oddziały</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>%Ln entry(ies) shown, newest first.</source>
        <translation>
            <numerusform>%Ln wpis, od najnowszego.</numerusform>
            <numerusform>%Ln wpisy, od najnowszego.</numerusform>
            <numerusform>%Ln wpisów, od najnowszego.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Exported to {file}.</source>
        <translation>Wyeksportowano do {file}.</translation>
    </message>
</context>
<context>
    <name>BulkChangeDialog</name>
    <message numerus="yes">
        <location filename="../desk_app/ui/bulk_dialog.py" line="+45"/>
        <source>Assign %Ln ticket(s)</source>
        <translation>
            <numerusform>Przypisz %Ln zgłoszenie</numerusform>
            <numerusform>Przypisz %Ln zgłoszenia</numerusform>
            <numerusform>Przypisz %Ln zgłoszeń</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign &amp;to</source>
        <translation>Przypisz &amp;do</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Me</source>
        <translation>Mnie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody (unassigned)</source>
        <translation>Nikogo (nieprzypisane)</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Set the status of %Ln ticket(s)</source>
        <translation>
            <numerusform>Ustaw status %Ln zgłoszenia</numerusform>
            <numerusform>Ustaw status %Ln zgłoszeń</numerusform>
            <numerusform>Ustaw status %Ln zgłoszeń</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Set the priority of %Ln ticket(s)</source>
        <translation>
            <numerusform>Ustaw priorytet %Ln zgłoszenia</numerusform>
            <numerusform>Ustaw priorytet %Ln zgłoszeń</numerusform>
            <numerusform>Ustaw priorytet %Ln zgłoszeń</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>&amp;Apply to %Ln ticket(s)</source>
        <translation>
            <numerusform>&amp;Zastosuj do %Ln zgłoszenia</numerusform>
            <numerusform>&amp;Zastosuj do %Ln zgłoszeń</numerusform>
            <numerusform>&amp;Zastosuj do %Ln zgłoszeń</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%Ln ticket(s) changed.</source>
        <translation>
            <numerusform>Zmieniono %Ln zgłoszenie.</numerusform>
            <numerusform>Zmieniono %Ln zgłoszenia.</numerusform>
            <numerusform>Zmieniono %Ln zgłoszeń.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln ticket(s) left as they were:</source>
        <translation>
            <numerusform>%Ln zgłoszenie pozostało bez zmian:</numerusform>
            <numerusform>%Ln zgłoszenia pozostały bez zmian:</numerusform>
            <numerusform>%Ln zgłoszeń pozostało bez zmian:</numerusform>
        </translation>
    </message>
    <message>
        <location line="-58"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Priority</source>
        <translation>&amp;Priorytet</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>(removed)</source>
        <translation>(usunięte)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close</source>
        <translation>&amp;Zamknij</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <location filename="../desk_app/ui/admin_catalogue_page.py" line="+87"/>
        <source>Cate&amp;gories:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;subcategory</source>
        <translation>Dodaj &amp;podkategorię</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add categor&amp;y</source>
        <translation>Dodaj kategorię &amp;obok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add fiel&amp;d</source>
        <translation>Dodaj po&amp;le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>Przesuń w górę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Przesuń w dół</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importuj…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expor&amp;t…</source>
        <translation>&amp;Eksportuj…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;vert</source>
        <translation>&amp;Cofnij zmiany</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ave catalogue</source>
        <translation>Zapi&amp;sz katalog</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+110"/>
        <source>Version {version}</source>
        <translation>Wersja {version}</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Not saved here yet</source>
        <translation>Jeszcze nie zapisany tutaj</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Changes not saved yet.</source>
        <translation>Zmiany nie są jeszcze zapisane.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This catalogue cannot be saved yet: {reason}</source>
        <translation>Tego katalogu nie można jeszcze zapisać: {reason}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Catalogue saved; every window uses it now.</source>
        <translation>Katalog zapisany; wszystkie okna już go używają.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Someone saved the catalogue meanwhile (version {version}); it is shown now. Make your change again.</source>
        <translation>Ktoś w międzyczasie zapisał katalog (wersja {version}); jest teraz pokazany. Wprowadź zmianę ponownie.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import a catalogue</source>
        <translation>Importuj katalog</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+27"/>
        <source>Catalogue files (*.json)</source>
        <translation>Pliki katalogu (*.json)</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>{file} cannot be imported: {reason}. Nothing was changed.</source>
        <translation>Nie można zaimportować {file}: {reason}. Nic nie zmieniono.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{file} imported. Save to put it into use.</source>
        <translation>Zaimportowano {file}. Zapisz, aby zaczął obowiązywać.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export the catalogue</source>
        <translation>Eksportuj katalog</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Correct the catalogue before exporting it.</source>
        <translation>Popraw katalog przed eksportem.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exported to {file}.</source>
        <translation>Wyeksportowano do {file}.</translation>
    </message>
</context>
<context>
    <name>CatalogueTree</name>
    <message>
        <location filename="../desk_app/ui/catalogue_tree.py" line="+29"/>
        <source>Categories</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The whole catalogue</source>
        <translation>Cały katalog</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>New category</source>
        <translation>Nowa kategoria</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New field</source>
        <translation>Nowe pole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field: {name}</source>
        <translation>Pole: {name}</translation>
    </message>
</context>
<context>
    <name>CategoryForm</name>
    <message>
        <location filename="../desk_app/ui/catalogue_category_form.py" line="+41"/>
        <source>Lower-case Latin letters, digits, &quot;_&quot;, &quot;.&quot; or &quot;-&quot;.</source>
        <translation>Małe litery łacińskie, cyfry, „_”, „.” lub „-”.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>As the parent</source>
        <translation>Jak w kategorii nadrzędnej</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;llowed priorities</source>
        <translation>Dozwolo&amp;ne priorytety</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None ticked: the same as the parent.</source>
        <translation>Nic nie zaznaczono: jak w kategorii nadrzędnej.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Include the parent&apos;s &amp;fields</source>
        <translation>Dziedzicz pola kate&amp;gorii nadrzędnej</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;ode:</source>
        <translation>Ko&amp;d:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;English name:</source>
        <translation>Nazwa &amp;angielska:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ara&amp;bic name:</source>
        <translation>Nazwa a&amp;rabska:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Queue:</source>
        <translation>Kole&amp;jka:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Priority:</source>
        <translation>Priory&amp;tet:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>As the parent: {queue}</source>
        <translation>Jak w kategorii nadrzędnej: {queue}</translation>
    </message>
</context>
<context>
    <name>ClockTexts</name>
    <message numerus="yes">
        <location filename="../desk_app/ui/sync_texts.py" line="+136"/>
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln minutę</numerusform>
            <numerusform>%Ln minuty</numerusform>
            <numerusform>%Ln minut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln hour(s)</source>
        <translation>
            <numerusform>%Ln godzinę</numerusform>
            <numerusform>%Ln godziny</numerusform>
            <numerusform>%Ln godzin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln dzień</numerusform>
            <numerusform>%Ln dni</numerusform>
            <numerusform>%Ln dni</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../desk_app/ui/sync_conflicts_dialog.py" line="+81"/>
        <source>✓ The ticket has this value now</source>
        <translation>✓ Zgłoszenie ma teraz tę wartość</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Conflicts to review</source>
        <translation>Konflikty do przejrzenia</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The same field was changed on this desk and on another one before they could see each other&apos;s change. The later change is in the ticket now; decide which value is right, or write one that combines both.</source>
        <translation>To samo pole zmieniono na tym stanowisku i na innym, zanim zobaczyły nawzajem swoje zmiany. W zgłoszeniu jest teraz późniejsza zmiana; zdecyduj, która wartość jest właściwa, albo wpisz taką, która łączy obie.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This desk</source>
        <translation>To stanowisko</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Keep this desk&apos;s</source>
        <translation>&amp;Zachowaj wartość z tego stanowiska</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other desk</source>
        <translation>Inne stanowisko</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep the &amp;other</source>
        <translation>Zachowaj wartość z &amp;innego</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Or write a merged value</source>
        <translation>Albo wpisz wartość scaloną</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save merged</source>
        <translation>Zapisz &amp;scaloną</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nothing to review: there are no conflicts.</source>
        <translation>Nie ma nic do przejrzenia: brak konfliktów.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Field: {field} — found {time}</source>
        <translation>Pole: {field} — wykryto {time}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Changed {time}</source>
        <translation>Zmieniono {time}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Decided: {label}</source>
        <translation>Rozstrzygnięto: {label}</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../desk_app/ui/contact_dialog.py" line="+65"/>
        <source>Log a contact</source>
        <translation>Zapisz kontakt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>We contacted the customer</source>
        <translation>Kontaktowaliśmy się z klientem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer contacted us</source>
        <translation>Klient skontaktował się z nami</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What was said, what was agreed</source>
        <translation>Co powiedziano, co ustalono</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Call the customer back</source>
        <translation>&amp;Oddzwoń do klienta</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>only once</source>
        <translation>tylko raz</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>C&amp;hannel</source>
        <translation>&amp;Kanał</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Direction</source>
        <translation>K&amp;ierunek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uration</source>
        <translation>Czas t&amp;rwania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Summary</source>
        <translation>&amp;Podsumowanie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Next call</source>
        <translation>&amp;Następny telefon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Then every</source>
        <translation>Potem &amp;co</translation>
    </message>
    <message numerus="yes">
        <location line="-24"/>
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln dzień</numerusform>
            <numerusform>%Ln dni</numerusform>
            <numerusform>%Ln dni</numerusform>
        </translation>
    </message>
    <message>
        <location line="-14"/>
        <source>minutes:seconds, e.g. {example}</source>
        <translation>minuty:sekundy, np. {example}</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Type minutes and seconds, e.g. {example}.</source>
        <translation>Wpisz minuty i sekundy, np. {example}.</translation>
    </message>
</context>
<context>
    <name>CountryNames</name>
    <message>
        <location filename="../desk_app/ui/country_names.py" line="+18"/>
        <source>United Arab Emirates</source>
        <translation>Zjednoczone Emiraty Arabskie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bahrain</source>
        <translation>Bahrajn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Djibouti</source>
        <translation>Dżibuti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Algeria</source>
        <translation>Algieria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Egypt</source>
        <translation>Egipt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iraq</source>
        <translation>Irak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jordan</source>
        <translation>Jordania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comoros</source>
        <translation>Komory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kuwait</source>
        <translation>Kuwejt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lebanon</source>
        <translation>Liban</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Libya</source>
        <translation>Libia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Morocco</source>
        <translation>Maroko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mauritania</source>
        <translation>Mauretania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oman</source>
        <translation>Oman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Palestine</source>
        <translation>Palestyna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qatar</source>
        <translation>Katar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saudi Arabia</source>
        <translation>Arabia Saudyjska</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sudan</source>
        <translation>Sudan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Somalia</source>
        <translation>Somalia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syria</source>
        <translation>Syria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tunisia</source>
        <translation>Tunezja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yemen</source>
        <translation>Jemen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Türkiye</source>
        <translation>Turcja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pakistan</source>
        <translation>Pakistan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indonesia</source>
        <translation>Indonezja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malaysia</source>
        <translation>Malezja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Kingdom</source>
        <translation>Wielka Brytania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>France</source>
        <translation>Francja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Germany</source>
        <translation>Niemcy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poland</source>
        <translation>Polska</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United States</source>
        <translation>Stany Zjednoczone</translation>
    </message>
</context>
<context>
    <name>Cover</name>
    <message>
        <location filename="../desk_app/ui/lock_screen.py" line="+51"/>
        <source>Locked</source>
        <translation>Zablokowano</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../desk_app/ui/crash.py" line="+67"/>
        <source>Something unexpected went wrong: {error}

Your unsaved intake is kept as a draft and will be offered again. You can keep working.</source>
        <translation>Wystąpił nieoczekiwany błąd: {error}

Niezapisane przyjęcie zgłoszenia zachowano jako szkic i zostanie ono zaproponowane ponownie. Możesz kontynuować pracę.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A report was written to:
{path}</source>
        <translation>Raport zapisano w:
{path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Maktab</source>
        <translation>Maktab</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <location filename="../desk_app/ui/dashboard_charts.py" line="+181"/>
        <source>{part}: {figure}</source>
        <translation>{part}: {figure}</translation>
    </message>
</context>
<context>
    <name>DashboardFilters</name>
    <message>
        <location filename="../desk_app/ui/dashboard_filters.py" line="+60"/>
        <source>P&amp;eriod:</source>
        <translation>&amp;Okres:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>First day</source>
        <translation>Pierwszy dzień</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last day</source>
        <translation>Ostatni dzień</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hijri month</source>
        <translation>Miesiąc hidżry</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Branch:</source>
        <translation>O&amp;ddział:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every queue</source>
        <translation>Wszystkie kolejki</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Team:</source>
        <translation>Z&amp;espół:</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>All branches</source>
        <translation>Wszystkie oddziały</translation>
    </message>
</context>
<context>
    <name>DashboardPeriod</name>
    <message>
        <location filename="../desk_app/ui/dashboard_period.py" line="+37"/>
        <source>Today</source>
        <translation>Dziś</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This week</source>
        <translation>Ten tydzień</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month</source>
        <translation>Ten miesiąc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Hijri month</source>
        <translation>Miesiąc hidżry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From … to …</source>
        <translation>Od … do …</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>{month} {year} AH</source>
        <translation>{month} {year} AH</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+8"/>
        <source>{day} {year}</source>
        <translation>{day} {year}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{start}–{end} {year}</source>
        <translation>{start}–{end} {year}</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <location filename="../desk_app/ui/dashboard_window.py" line="+77"/>
        <source>Supervisor&apos;s dashboard</source>
        <translation>Pulpit kierownika</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Refresh</source>
        <translation>Odśw&amp;ież</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Breakdo&amp;wn:</source>
        <translation>&amp;Podział:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Overview</source>
        <translation>P&amp;rzegląd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brea&amp;kdowns</source>
        <translation>Podział&amp;y</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;llocation</source>
        <translation>Przydzi&amp;ał</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Counting…</source>
        <translation>Liczenie…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>{period} — the figures are still being prepared from the tickets&apos; history; they are shown again when ready</source>
        <translation>{period} — liczby są jeszcze wyliczane z historii zgłoszeń; zostaną pokazane ponownie, gdy będą gotowe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{period} — counted at {time}</source>
        <translation>{period} — policzono o {time}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No figures for this choice.</source>
        <translation>Brak danych dla tego wyboru.</translation>
    </message>
</context>
<context>
    <name>DashboardWords</name>
    <message>
        <location filename="../desk_app/ui/dashboard_words.py" line="+32"/>
        <source>Opened</source>
        <translation>Otwarte</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>Rozwiązane</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Open now</source>
        <translation>Otwarte teraz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open at the end of the day</source>
        <translation>Otwarte na koniec dnia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First response on time</source>
        <translation>Pierwsza odpowiedź w terminie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written reply on time</source>
        <translation>Odpowiedź pisemna w terminie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updates on time</source>
        <translation>Aktualizacje w terminie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved on time</source>
        <translation>Rozwiązane w terminie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First responses late</source>
        <translation>Spóźnione pierwsze odpowiedzi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written replies late</source>
        <translation>Spóźnione odpowiedzi pisemne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updates late</source>
        <translation>Spóźnione aktualizacje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved late</source>
        <translation>Rozwiązane po terminie</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Resolved at first contact</source>
        <translation>Rozwiązane przy pierwszym kontakcie</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Reopened</source>
        <translation>Ponownie otwarte</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Escalated</source>
        <translation>Eskalowane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalated in</source>
        <translation>Eskalacje przychodzące</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalated out</source>
        <translation>Eskalacje wychodzące</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solved by an article</source>
        <translation>Rozwiązane artykułem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction</source>
        <translation>Zadowolenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Satisfaction not asked</source>
        <translation>Nie zapytano o zadowolenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time on contacts</source>
        <translation>Czas kontaktów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average first response</source>
        <translation>Średni czas pierwszej odpowiedzi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Opened and resolved</source>
        <translation>Otwarte i rozwiązane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open tickets over the period</source>
        <translation>Otwarte zgłoszenia w okresie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service levels</source>
        <translation>Poziomy usług</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By channel</source>
        <translation>Według kanału</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By category</source>
        <translation>Według kategorii</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By priority</source>
        <translation>Według priorytetu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By tier</source>
        <translation>Według poziomu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By queue</source>
        <translation>Według kolejki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By branch</source>
        <translation>Według oddziału</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By agent</source>
        <translation>Według konsultanta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open now, by age</source>
        <translation>Otwarte teraz, według wieku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open now, by queue</source>
        <translation>Otwarte teraz, według kolejki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open now, by tier</source>
        <translation>Otwarte teraz, według poziomu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open now, by branch</source>
        <translation>Otwarte teraz, według oddziału</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agents&apos; workload</source>
        <translation>Obciążenie konsultantów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction scores</source>
        <translation>Oceny zadowolenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalations by tier</source>
        <translation>Eskalacje według poziomu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Priorytet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier</source>
        <translation>Poziom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue</source>
        <translation>Kolejka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branch</source>
        <translation>Oddział</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent</source>
        <translation>Konsultant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age</source>
        <translation>Wiek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt; 1 day</source>
        <translation>&lt; 1 dnia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1–3 days</source>
        <translation>1–3 dni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3–7 days</source>
        <translation>3–7 dni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>7–30 days</source>
        <translation>7–30 dni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&gt; 30 days</source>
        <translation>&gt; 30 dni</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Figure</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>Breakdown</source>
        <translation>Podział</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No category</source>
        <translation>Bez kategorii</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>In no queue</source>
        <translation>Bez kolejki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another queue</source>
        <translation>Inna kolejka</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unassigned</source>
        <translation>Nieprzypisane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another agent</source>
        <translation>Inny konsultant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another branch</source>
        <translation>Inny oddział</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not asked</source>
        <translation>Nie zapytano</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../desk_app/ui/intake_extra.py" line="+51"/>
        <source>YYYY-MM-DD</source>
        <translation>RRRR-MM-DD</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose from a calendar (F4)</source>
        <translation>Wybierz z kalendarza (F4)</translation>
    </message>
</context>
<context>
    <name>Describe</name>
    <message>
        <location filename="../desk_app/ui/describe.py" line="+115"/>
        <source>Letter sent</source>
        <translation>Wysłano list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter received</source>
        <translation>Otrzymano list</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Memo written</source>
        <translation>Napisano notatkę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File attached</source>
        <translation>Dołączono plik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History entry</source>
        <translation>Wpis historii</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Other field</source>
        <translation>Inne pole</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+17"/>
        <location line="+48"/>
        <location line="+13"/>
        <source>Other value</source>
        <translation>Inna wartość</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>from the customer</source>
        <translation>od klienta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to the customer</source>
        <translation>do klienta</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+146"/>
        <location line="+27"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="-147"/>
        <source>Unassigned</source>
        <translation>Nieprzypisane</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No queue</source>
        <translation>Bez kolejki</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+37"/>
        <source>another record</source>
        <translation>inny rekord</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>A queue no longer in use</source>
        <translation>Kolejka już nieużywana</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Someone no longer at the desk</source>
        <translation>Osoba, której już nie ma w zespole</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Another branch</source>
        <translation>Inny oddział</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{score} of 5</source>
        <translation>{score} z 5</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a ticket not on this desk</source>
        <translation>zgłoszenie spoza tego stanowiska</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+9"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Linked to {number}</source>
        <translation>Powiązano ze zgłoszeniem {number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No longer linked to {number}</source>
        <translation>Usunięto powiązanie ze zgłoszeniem {number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{number} was merged into this ticket</source>
        <translation>Zgłoszenie {number} scalono z tym zgłoszeniem</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{change} (by {channel})</source>
        <translation>{change} (kanał: {channel})</translation>
    </message>
</context>
<context>
    <name>DescribeCounts</name>
    <message numerus="yes">
        <location line="-293"/>
        <source>every %Ln day(s)</source>
        <translation>
            <numerusform>co %Ln dzień</numerusform>
            <numerusform>co %Ln dni</numerusform>
            <numerusform>co %Ln dni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln hour(s)</source>
        <translation>
            <numerusform>%Ln godzina</numerusform>
            <numerusform>%Ln godziny</numerusform>
            <numerusform>%Ln godzin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln minuta</numerusform>
            <numerusform>%Ln minuty</numerusform>
            <numerusform>%Ln minut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln second(s)</source>
        <translation>
            <numerusform>%Ln sekunda</numerusform>
            <numerusform>%Ln sekundy</numerusform>
            <numerusform>%Ln sekund</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeskLock</name>
    <message>
        <location filename="../desk_app/ui/lock_screen.py" line="+37"/>
        <source>S&amp;witch user…</source>
        <translation>&amp;Przełącz użytkownika…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Lock Maktab</source>
        <translation>Za&amp;blokuj Maktab</translation>
    </message>
</context>
<context>
    <name>DevicesPanel</name>
    <message>
        <location filename="../desk_app/ui/admin_devices_page.py" line="+43"/>
        <source>Device</source>
        <translation>Urządzenie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last seen</source>
        <translation>Ostatnio widziane</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Si&amp;gned-in devices</source>
        <translation>Za&amp;logowane urządzenia</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Revo&amp;ke</source>
        <translation>Odwo&amp;łaj</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign the device out for good: its person must sign in again elsewhere.</source>
        <translation>Wyloguj urządzenie na dobre: jego osoba musi zalogować się gdzie indziej.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reload</source>
        <translation>Wczytaj ponownie</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{name} ({username})</source>
        <translation>{name} ({username})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Revoked</source>
        <translation>Odwołane</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signed in</source>
        <translation>Zalogowane</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Revoke</source>
        <translation>Odwołaj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{device} of {name} will be signed out for good. Revoke it?</source>
        <translation>Urządzenie {device} osoby {name} zostanie wylogowane na dobre. Odwołać?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The device was signed out.</source>
        <translation>Urządzenie zostało wylogowane.</translation>
    </message>
</context>
<context>
    <name>DrillDownDialog</name>
    <message numerus="yes">
        <location filename="../desk_app/ui/dashboard_drill.py" line="+125"/>
        <source>%Ln ticket(s)</source>
        <translation>
            <numerusform>%Ln zgłoszenie</numerusform>
            <numerusform>%Ln zgłoszenia</numerusform>
            <numerusform>%Ln zgłoszeń</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatePanel</name>
    <message>
        <location filename="../desk_app/ui/intake_duplicates.py" line="+42"/>
        <source>Attach the call to this tic&amp;ket</source>
        <translation>Dołą&amp;cz rozmowę do tego zgłoszenia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Log this call on the selected ticket instead of opening a new one. What you typed becomes the contact&apos;s note.</source>
        <translation>Zapisz tę rozmowę w wybranym zgłoszeniu zamiast otwierać nowe. To, co wpisano, stanie się notatką kontaktu.</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%Ln open ticket(s) may be about the same problem:</source>
        <translation>
            <numerusform>%Ln otwarte zgłoszenie może dotyczyć tego samego problemu:</numerusform>
            <numerusform>%Ln otwarte zgłoszenia mogą dotyczyć tego samego problemu:</numerusform>
            <numerusform>%Ln otwartych zgłoszeń może dotyczyć tego samego problemu:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>same customer and asset</source>
        <translation>ten sam klient i ten sam sprzęt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same asset</source>
        <translation>ten sam sprzęt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same customer</source>
        <translation>ten sam klient</translation>
    </message>
</context>
<context>
    <name>DurationEdit</name>
    <message>
        <location filename="../desk_app/ui/levels_editors.py" line="+122"/>
        <source>Lower the hours below zero to stop tracking this target.</source>
        <translation>Zmniejsz godziny poniżej zera, aby przestać śledzić ten cel.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not tracked</source>
        <translation>Nie śledzony</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{target}: hours</source>
        <translation>{target}: godziny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{target}: minutes</source>
        <translation>{target}: minuty</translation>
    </message>
</context>
<context>
    <name>Durations</name>
    <message numerus="yes">
        <location filename="../desk_app/ui/durations.py" line="+42"/>
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln minuta</numerusform>
            <numerusform>%Ln minuty</numerusform>
            <numerusform>%Ln minut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln hour(s)</source>
        <translation>
            <numerusform>%Ln godzina</numerusform>
            <numerusform>%Ln godziny</numerusform>
            <numerusform>%Ln godzin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln dzień</numerusform>
            <numerusform>%Ln dni</numerusform>
            <numerusform>%Ln dni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln week(s)</source>
        <translation>
            <numerusform>%Ln tydzień</numerusform>
            <numerusform>%Ln tygodnie</numerusform>
            <numerusform>%Ln tygodni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln month(s)</source>
        <translation>
            <numerusform>%Ln miesiąc</numerusform>
            <numerusform>%Ln miesiące</numerusform>
            <numerusform>%Ln miesięcy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln year(s)</source>
        <translation>
            <numerusform>%Ln rok</numerusform>
            <numerusform>%Ln lata</numerusform>
            <numerusform>%Ln lat</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{larger} {smaller}</source>
        <translation>{larger} {smaller}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../desk_app/ui/errors.py" line="+13"/>
        <source>The database is busy: another program or another copy of Maktab is writing to it. Nothing you typed is lost; try again in a moment.</source>
        <translation>Baza danych jest zajęta: inny program lub inna kopia programu Maktab właśnie w niej zapisuje. Nic z wpisanych danych nie zostało utracone; spróbuj ponownie za chwilę.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database file is damaged and cannot be read. Nothing you typed is lost. Ask your administrator to restore it from a backup.</source>
        <translation>Plik bazy danych jest uszkodzony i nie można go odczytać. Nic z wpisanych danych nie zostało utracone. Poproś administratora o przywrócenie go z kopii zapasowej.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database file cannot be opened or written (check the disk, its free space and its permissions). Nothing you typed is lost.</source>
        <translation>Nie można otworzyć pliku bazy danych ani w nim zapisywać (sprawdź dysk, ilość wolnego miejsca i uprawnienia). Nic z wpisanych danych nie zostało utracone.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database was written by a newer version of Maktab. Install that version to open it.</source>
        <translation>Baza danych została zapisana przez nowszą wersję programu Maktab. Zainstaluj tę wersję, aby ją otworzyć.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Something went wrong: {error}</source>
        <translation>Wystąpił błąd: {error}</translation>
    </message>
</context>
<context>
    <name>Escalation</name>
    <message>
        <location filename="../desk_app/ui/escalation_banner.py" line="+66"/>
        <source>no queue</source>
        <translation>brak kolejki</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a queue no longer in use</source>
        <translation>kolejka już nieużywana</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/escalation_words.py" line="+33"/>
        <source>Pass on to another queue of the same tier</source>
        <translation>Przekaż do innej kolejki tego samego poziomu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Escalate to a higher tier</source>
        <translation>Eskaluj na wyższy poziom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask a team lead or supervisor for attention</source>
        <translation>Poproś kierownika zespołu lub przełożonego o uwagę</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Return to a lower tier</source>
        <translation>Zwróć na niższy poziom</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other escalation</source>
        <translation>Inna eskalacja</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passed on</source>
        <translation>Przekazane</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Escalated</source>
        <translation>Eskalowane</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Attention asked</source>
        <translation>Poproszono o uwagę</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Returned</source>
        <translation>Zwrócone</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{tier} · {kind}</source>
        <translation>{tier} · {kind}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Needs a specialist</source>
        <translation>Wymaga specjalisty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time exceeded</source>
        <translation>Przekroczony czas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer asked</source>
        <translation>Klient poprosił</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint</source>
        <translation>Skarga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal or financial</source>
        <translation>Prawne lub finansowe</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Other reason</source>
        <translation>Inny powód</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>needs a specialist</source>
        <translation>wymaga specjalisty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the time was exceeded</source>
        <translation>przekroczono czas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the customer asked</source>
        <translation>klient poprosił</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a complaint</source>
        <translation>skarga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a legal or financial matter</source>
        <translation>sprawa prawna lub finansowa</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>another reason</source>
        <translation>inny powód</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{percent}% of the resolution time has passed</source>
        <translation>Minęło {percent}% czasu na rozwiązanie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the resolution time was exceeded</source>
        <translation>przekroczono czas rozwiązania</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your attention is asked automatically: {reason}</source>
        <translation>Automatyczna prośba o Twoją uwagę: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Escalated automatically: {reason}</source>
        <translation>Eskalowane automatycznie: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Returned by {name}: {note}</source>
        <translation>Zwrócone przez {name}: {note}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} asks for your attention: {note}</source>
        <translation>{name} prosi o Twoją uwagę: {note}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passed on from {queue} by {name}: {reason} — {note}</source>
        <translation>Przekazane z {queue} przez {name}: {reason} — {note}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Escalated from {queue} by {name}: {reason} — {note}</source>
        <translation>Eskalowane z {queue} przez {name}: {reason} — {note}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Another target</source>
        <translation>Inny cel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no due time</source>
        <translation>brak terminu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{target} due: {moment} (no change)</source>
        <translation>Termin — {target}: {moment} (bez zmian)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{target} due: {change}</source>
        <translation>Termin — {target}: {change}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The clock starts again.</source>
        <translation>Zegar rusza od nowa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{target}: its clock starts again.</source>
        <translation>{target}: zegar rusza od nowa.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Priority: {change}</source>
        <translation>Priorytet: {change}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No service-level target applies.</source>
        <translation>Nie dotyczy żaden cel poziomu usług.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{action}: {person}</source>
        <translation>{action}: {person}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{action}: {change}</source>
        <translation>{action}: {change}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tier: {change}</source>
        <translation>Poziom: {change}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reason: {reason}</source>
        <translation>Powód: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Done by an automatic rule: {reason}</source>
        <translation>Wykonane przez regułę automatyczną: {reason}</translation>
    </message>
</context>
<context>
    <name>EscalationDialog</name>
    <message>
        <location filename="../desk_app/ui/escalation_dialog.py" line="+82"/>
        <source>Escalate the ticket</source>
        <translation>Eskaluj zgłoszenie</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a reason…</source>
        <translation>Wybierz powód…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What was tried, and what the next person should know</source>
        <translation>Co wypróbowano i co powinna wiedzieć następna osoba</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep as it is</source>
        <translation>Bez zmian</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Inform the customer (logs the contact)</source>
        <translation>Poinfor&amp;muj klienta (zapisuje kontakt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>and &amp;write them a letter</source>
        <translation>i napi&amp;sz do klienta pismo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Effect on the service level</source>
        <translation>Wpływ na poziom usług</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+140"/>
        <source>Working it out…</source>
        <translation>Obliczanie…</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>&amp;To:</source>
        <translation>&amp;Do:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Action:</source>
        <translation>&amp;Akcja:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Powód:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notatka:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;priority:</source>
        <translation>Nowy p&amp;riorytet:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Escalate</source>
        <translation>&amp;Eskaluj</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>There is nowhere this ticket can go from here.</source>
        <translation>Stąd to zgłoszenie nie może nigdzie trafić.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
</context>
<context>
    <name>ExtraFieldsPanel</name>
    <message>
        <location filename="../desk_app/ui/intake_extra.py" line="+80"/>
        <source>Details: {category}</source>
        <translation>Szczegóły: {category}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Required</source>
        <translation>Wymagane</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>— choose —</source>
        <translation>— wybierz —</translation>
    </message>
</context>
<context>
    <name>FieldForm</name>
    <message>
        <location filename="../desk_app/ui/catalogue_field_form.py" line="+73"/>
        <source>Lower-case Latin letters, digits and &quot;_&quot;.</source>
        <translation>Małe litery łacińskie, cyfry i „_”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choice from a list</source>
        <translation>Wybór z listy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Liczba</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;quired</source>
        <translation>&amp;Wymagane</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>English</source>
        <translation>Po angielsku</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Arabic</source>
        <translation>Po arabsku</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add optio&amp;n</source>
        <translation>Dodaj opcj&amp;ę</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;move option</source>
        <translation>Usu&amp;ń opcję</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Whole numbers only</source>
        <translation>Tylko licz&amp;by całkowite</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Empty: the field is always shown.</source>
        <translation>Puste: pole jest zawsze widoczne.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One value, or several separated by commas.</source>
        <translation>Jedna wartość albo kilka oddzielonych przecinkami.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Key:</source>
        <translation>Identy&amp;fikator:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;English label:</source>
        <translation>Etykieta &amp;angielska:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ara&amp;bic label:</source>
        <translation>Etykieta a&amp;rabska:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ty&amp;pe:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Options:</source>
        <translation>Opc&amp;je:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lowest value:</source>
        <translation>Naj&amp;mniejsza wartość:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Highest value:</source>
        <translation>Największa warto&amp;ść:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Longest te&amp;xt:</source>
        <translation>Naj&amp;dłuższy tekst:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only when the &amp;field:</source>
        <translation>Tylko &amp;gdy pole:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>eq&amp;uals:</source>
        <translation>rów&amp;na się:</translation>
    </message>
</context>
<context>
    <name>FigureTile</name>
    <message>
        <location filename="../desk_app/ui/dashboard_tiles.py" line="+62"/>
        <source>Enter or a click lists these tickets</source>
        <translation>Enter lub kliknięcie pokazuje te zgłoszenia</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../desk_app/ui/formatting.py" line="+60"/>
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
    </message>
</context>
<context>
    <name>HolidaysBox</name>
    <message>
        <location filename="../desk_app/ui/levels_holidays.py" line="+79"/>
        <location line="+9"/>
        <source>Holidays</source>
        <translation>Dni wolne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gregorian date</source>
        <translation>Data gregoriańska</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hijri date</source>
        <translation>Data hidżry</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Hijri day</source>
        <translation>Dzień hidżry</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hijri month</source>
        <translation>Miesiąc hidżry</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hijri year</source>
        <translation>Rok hidżry</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add &amp;holiday</source>
        <translation>Dodaj ś&amp;więto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Remove holiday</source>
        <translation>&amp;Usuń święto</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Add national holi&amp;days</source>
        <translation>Dodaj święta &amp;państwowe</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Gregorian date:</source>
        <translation>Data &amp;gregoriańska:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hi&amp;jri date:</source>
        <translation>Data &amp;hidżry:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;ountry:</source>
        <translation>&amp;Kraj:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Year:</source>
        <translation>&amp;Rok:</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>{date} is already a holiday: {name}.</source>
        <translation>{date} jest już dniem wolnym: {name}.</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>%Ln holiday(s) added.</source>
        <translation>
            <numerusform>Dodano %Ln dzień wolny.</numerusform>
            <numerusform>Dodano %Ln dni wolne.</numerusform>
            <numerusform>Dodano %Ln dni wolnych.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{added} {skipped}</source>
        <translation>{added} {skipped}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln day(s) already listed, skipped.</source>
        <translation>
            <numerusform>Pominięto %Ln dzień już na liście.</numerusform>
            <numerusform>Pominięto %Ln dni już na liście.</numerusform>
            <numerusform>Pominięto %Ln dni już na liście.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The national holidays of that country and year could not be listed.</source>
        <translation>Nie udało się wypisać świąt państwowych tego kraju i roku.</translation>
    </message>
</context>
<context>
    <name>HoursBox</name>
    <message>
        <location filename="../desk_app/ui/levels_hours.py" line="+71"/>
        <source>Working hours</source>
        <translation>Godziny pracy</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add a period</source>
        <translation>Dod&amp;aj okres</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../desk_app/ui/intake_dialog.py" line="+98"/>
        <source>New ticket</source>
        <translation>Nowe zgłoszenie</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>An intake that was not saved is waiting.</source>
        <translation>Czeka niezapisane przyjęcie zgłoszenia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore it</source>
        <translation>Przywróć je</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard it</source>
        <translation>Odrzuć je</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Name</source>
        <translation>Imię i na&amp;zwisko</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a name, phone, email, national ID or account number to look up</source>
        <translation>Wpisz imię i nazwisko, telefon, e-mail, numer PESEL lub numer konta, aby wyszukać</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>P&amp;hone</source>
        <translation>Tele&amp;fon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National &amp;ID</source>
        <translation>Numer PE&amp;SEL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acco&amp;unt number</source>
        <translation>Numer &amp;konta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Channel</source>
        <translation>K&amp;anał</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ca&amp;tegory</source>
        <translation>Kate&amp;goria</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Subject</source>
        <translation>Te&amp;mat</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Description</source>
        <translation>Op&amp;is</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Branch</source>
        <translation>&amp;Oddział</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the equipment is: branch or city</source>
        <translation>Gdzie jest sprzęt: oddział lub miasto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site / buildin&amp;g</source>
        <translation>&amp;Lokalizacja / budynek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room / &amp;floor</source>
        <translation>Pokój / pię&amp;tro</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Product / model / serial</source>
        <translation>Pro&amp;dukt / model / nr seryjny</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a model or serial number, licence or account number to look up</source>
        <translation>Wpisz numer modelu lub seryjny, licencję albo numer konta, aby wyszukać</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Register it as a ne&amp;w asset</source>
        <translation>Zarejestruj jako now&amp;y sprzęt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Model number</source>
        <translation>Numer modelu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial number</source>
        <translation>Numer seryjny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Licence agreement</source>
        <translation>&amp;Umowa licencyjna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account &amp;reference</source>
        <translation>Numer referencyjny konta</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>I&amp;mpact</source>
        <translation>&amp;Wpływ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgenc&amp;y</source>
        <translation>&amp;Pilność</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not assessed</source>
        <translation>Nie oceniono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Wysoki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>Średni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>Niski</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How much of the customer&apos;s business is affected</source>
        <translation>W jakim stopniu dotyczy to działalności klienta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How soon it hurts if nothing is done</source>
        <translation>Jak szybko pojawią się szkody, jeśli nic nie zrobimy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pri&amp;ority</source>
        <translation>Prio&amp;rytet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Queue</source>
        <translation>Kole&amp;jka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No queue yet</source>
        <translation>Jeszcze bez kolejki</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Assignee</source>
        <translation>Oso&amp;ba przypisana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unassigned</source>
        <translation>Nieprzypisane</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>Zapisz (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sa&amp;ve and add another problem</source>
        <translation>Zapisz i dodaj &amp;następny problem</translation>
    </message>
    <message>
        <location line="+193"/>
        <source>The usual priority for this category.</source>
        <translation>Zwykły priorytet dla tej kategorii.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The catalogue suggests “{queue}”, a queue this desk does not have.</source>
        <translation>Katalog proponuje kolejkę „{queue}”, której ten punkt obsługi nie ma.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggested for this category and place.</source>
        <translation>Proponowana dla tej kategorii i miejsca.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Suggested: {queue}. Your choice is kept.</source>
        <translation>Propozycja: {queue}. Twój wybór pozostaje.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>From the impact and the urgency.</source>
        <translation>Wynika z wpływu i pilności.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Use: {levels}.</source>
        <translation>Dozwolone: {levels}.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/intake_lookup.py" line="+118"/>
        <source>Existing customer</source>
        <translation>Istniejący klient</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New customer</source>
        <translation>Nowy klient</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Registered asset, serial {serial}</source>
        <translation>Zarejestrowany sprzęt, nr seryjny {serial}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registered asset</source>
        <translation>Zarejestrowany sprzęt</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/intake_saving.py" line="+208"/>
        <source>Ticket {number} saved. Describe the next problem of the same customer.</source>
        <translation>Zapisano zgłoszenie {number}. Opisz następny problem tego samego klienta.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>That ticket no longer exists; nothing was logged. Choose another one.</source>
        <translation>To zgłoszenie już nie istnieje; niczego nie zapisano. Wybierz inne.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Category details</source>
        <translation>Szczegóły kategorii</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Please correct the marked fields; nothing was saved.</source>
        <translation>Popraw zaznaczone pola; nic nie zostało zapisane.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/intake_dialog.py" line="-384"/>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Equipment, account and product</source>
        <translation>Sprzęt, konto i produkt</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Routing and priority</source>
        <translation>Przydział i priorytet</translation>
    </message>
</context>
<context>
    <name>IntakeSuggestions</name>
    <message>
        <location filename="../desk_app/ui/intake_suggestions.py" line="+77"/>
        <source>Articles that may answer this call</source>
        <translation>Artykuły, które mogą odpowiedzieć na to zgłoszenie</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter or a double click opens the article</source>
        <translation>Enter lub dwukrotne kliknięcie otwiera artykuł</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read it</source>
        <translation>Przeczytaj</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Solved by this article</source>
        <translation>Rozwiązane tym artykułem</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the call as a ticket resolved now at tier 0, with this article linked</source>
        <translation>Zapisz zgłoszenie jako rozwiązane teraz na poziomie 0, z tym artykułem</translation>
    </message>
</context>
<context>
    <name>KeyboardHelpDialog</name>
    <message>
        <location filename="../desk_app/ui/keyboard_help.py" line="+83"/>
        <source>Keyboard shortcuts</source>
        <translation>Skróty klawiszowe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These keys work in any keyboard layout. Alt with an underlined letter works in the keyboard layout of the menus&apos; language.</source>
        <translation>Te klawisze działają w każdym układzie klawiatury. Alt z podkreśloną literą działa w układzie klawiatury języka menu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Command</source>
        <translation>Polecenie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Klawisze</translation>
    </message>
</context>
<context>
    <name>Knowledge</name>
    <message>
        <location filename="../desk_app/ui/article_reader.py" line="-141"/>
        <location line="+4"/>
        <source>Draft</source>
        <translation>Wersja robocza</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Published</source>
        <translation>Opublikowany</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retired</source>
        <translation>Wycofany</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Arabic</source>
        <translation>arabski</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>angielski</translation>
    </message>
</context>
<context>
    <name>KnowledgeActions</name>
    <message>
        <location filename="../desk_app/ui/knowledge_actions.py" line="+31"/>
        <source>Knowledge &amp;base…</source>
        <translation>&amp;Baza wiedzy…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Write an article…</source>
        <translation>&amp;Napisz artykuł…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Start an article from the problem and the solution of this resolved ticket</source>
        <translation>Zacznij artykuł od problemu i rozwiązania tego rozwiązanego zgłoszenia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolve the ticket first: an article starts from its solution.</source>
        <translation>Najpierw rozwiąż zgłoszenie: artykuł zaczyna się od jego rozwiązania.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Select a resolved ticket to write an article from it.</source>
        <translation>Wybierz rozwiązane zgłoszenie, aby napisać na jego podstawie artykuł.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Article saved as a draft.</source>
        <translation>Artykuł zapisano jako wersję roboczą.</translation>
    </message>
</context>
<context>
    <name>KnowledgeWindow</name>
    <message>
        <location filename="../desk_app/ui/knowledge_window.py" line="+69"/>
        <source>Knowledge base</source>
        <translation>Baza wiedzy</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Words of the problem, in Arabic or English</source>
        <translation>Słowa opisujące problem, po arabsku lub angielsku</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search</source>
        <translation>&amp;Szukaj</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All categories</source>
        <translation>Wszystkie kategorie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ca&amp;tegory</source>
        <translation>&amp;Kategoria</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Copy passage</source>
        <translation>Kopiuj &amp;fragment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected text, or the whole article</source>
        <translation>Kopiuj zaznaczony tekst albo cały artykuł</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Insert into note</source>
        <translation>&amp;Wstaw do notatki</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the selected text, or the whole article, into the ticket&apos;s note box</source>
        <translation>Wstaw zaznaczony tekst albo cały artykuł do pola notatki zgłoszenia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New article…</source>
        <translation>&amp;Nowy artykuł…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Publish</source>
        <translation>&amp;Opublikuj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Retire</source>
        <translation>Wy&amp;cofaj</translation>
    </message>
    <message numerus="yes">
        <location line="+87"/>
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln artykuł</numerusform>
            <numerusform>%Ln artykuły</numerusform>
            <numerusform>%Ln artykułów</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Copied to the clipboard.</source>
        <translation>Skopiowano do schowka.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a ticket in the list first; its note box takes the text.</source>
        <translation>Najpierw wybierz zgłoszenie z listy; tekst trafi do pola jego notatki.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Put into the note box of the ticket; add the note there when ready.</source>
        <translation>Wstawiono do pola notatki zgłoszenia; dodaj notatkę, gdy będzie gotowa.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Article saved.</source>
        <translation>Artykuł zapisany.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The article is now: {status}.</source>
        <translation>Stan artykułu: {status}.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../desk_app/ui/labels.py" line="+42"/>
        <source>New</source>
        <translation>Nowe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Otwarte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for customer</source>
        <translation>Oczekuje na klienta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for third party</source>
        <translation>Oczekuje na stronę trzecią</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>Rozwiązane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Zamknięte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tier {tier}: {name}</source>
        <translation>Poziom {tier}: {name}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tier {tier}</source>
        <translation>Poziom {tier}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enterprise failure</source>
        <translation>Awaria całej organizacji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical</source>
        <translation>Krytyczny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regular service</source>
        <translation>Usługa rutynowa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned event</source>
        <translation>Zdarzenie planowane</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+76"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="-75"/>
        <location line="+76"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Fax</source>
        <translation>Faks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal mail</source>
        <translation>Poczta tradycyjna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Face to face</source>
        <translation>Osobiście</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat</source>
        <translation>Czat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web</source>
        <translation>WWW</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Hardware and equipment</source>
        <translation>Sprzęt i urządzenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Software</source>
        <translation>Oprogramowanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network and connectivity</source>
        <translation>Sieć i łączność</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access request</source>
        <translation>Wniosek o dostęp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing</source>
        <translation>Rozliczenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product support</source>
        <translation>Wsparcie produktu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchase</source>
        <translation>Zakup</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+47"/>
        <source>Complaint</source>
        <translation>Reklamacja</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Other</source>
        <translation>Inne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uncategorised</source>
        <translation>Bez kategorii</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ticket created</source>
        <translation>Utworzono zgłoszenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field changed</source>
        <translation>Zmieniono pole</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+32"/>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Contact logged</source>
        <translation>Zarejestrowano kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignment changed</source>
        <translation>Zmieniono przypisanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changed</source>
        <translation>Zmieniono status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tickets linked</source>
        <translation>Powiązano zgłoszenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link removed</source>
        <translation>Usunięto powiązanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket merged</source>
        <translation>Scalono zgłoszenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalation</source>
        <translation>Eskalacja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered by an article</source>
        <translation>Odpowiedziano artykułem</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Priorytet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue</source>
        <translation>Kolejka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignee</source>
        <translation>Osoba przypisana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equipment location</source>
        <translation>Lokalizacja sprzętu</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Account number</source>
        <translation>Numer konta</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Licence agreement</source>
        <translation>Umowa licencyjna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product / model / serial</source>
        <translation>Produkt / model / nr seryjny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer name</source>
        <translation>Imię i nazwisko klienta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>National ID</source>
        <translation>Numer PESEL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cause</source>
        <translation>Przyczyna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solution</source>
        <translation>Rozwiązanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction</source>
        <translation>Zadowolenie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call back</source>
        <translation>Oddzwonić</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the call-back</source>
        <translation>Powtarzanie oddzwonienia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details of the category</source>
        <translation>Szczegóły kategorii</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged into</source>
        <translation>Scalone ze zgłoszeniem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged ticket</source>
        <translation>Scalone zgłoszenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked ticket</source>
        <translation>Powiązane zgłoszenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier</source>
        <translation>Poziom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket number</source>
        <translation>Numer zgłoszenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equipment</source>
        <translation>Sprzęt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organizacja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branch</source>
        <translation>Oddział</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed at</source>
        <translation>Zamknięto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted at</source>
        <translation>Usunięto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created at</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last activity</source>
        <translation>Ostatnia aktywność</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in Arabic</source>
        <translation>Nazwa po arabsku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial number</source>
        <translation>Numer seryjny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence</source>
        <translation>Licencja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Lokalizacja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation>Nazwa użytkownika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name shown</source>
        <translation>Wyświetlana nazwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Aktywny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone</source>
        <translation>Strefa czasowa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekend days</source>
        <translation>Dni weekendu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Podsumowanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>Kierunek</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Czas trwania</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title in Arabic</source>
        <translation>Tytuł po arabsku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title in English</source>
        <translation>Tytuł po angielsku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text in Arabic</source>
        <translation>Treść po arabsku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text in English</source>
        <translation>Treść po angielsku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keywords</source>
        <translation>Słowa kluczowe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review date</source>
        <translation>Data przeglądu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewer</source>
        <translation>Recenzent</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Intake</source>
        <translation>Przyjmowanie zgłoszeń</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent</source>
        <translation>Konsultant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Senior agent</source>
        <translation>Starszy konsultant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team lead</source>
        <translation>Lider zespołu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor</source>
        <translation>Kierownik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>LetterActions</name>
    <message>
        <location filename="../desk_app/ui/letter_actions.py" line="+29"/>
        <source>Wr&amp;ite letter…</source>
        <translation>Napisz &amp;list…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New &amp;memo…</source>
        <translation>Nowa no&amp;tatka…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Letter regist&amp;er…</source>
        <translation>R&amp;ejestr korespondencji…</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+10"/>
        <source>Select a ticket first.</source>
        <translation>Najpierw wybierz zgłoszenie.</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../desk_app/ui/letter_dialog.py" line="+91"/>
        <source>Write letter</source>
        <translation>Napisz list</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Letter (post or by hand)</source>
        <translation>List (pocztą lub osobiście)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fax</source>
        <translation>Faks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Template:</source>
        <translation>&amp;Szablon:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Se&amp;nt as:</source>
        <translation>&amp;Wysyłka:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fa&amp;x number:</source>
        <translation>Numer &amp;faksu:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In reply t&amp;o:</source>
        <translation>W &amp;odpowiedzi na:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;ubject:</source>
        <translation>&amp;Temat:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lette&amp;r:</source>
        <translation>T&amp;reść:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Free text:</source>
        <translation>&amp;Dodatkowy tekst:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type :: and a snippet&apos;s name to insert a snippet.</source>
        <translation>Wpisz :: i nazwę fragmentu, aby go wstawić.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Save to ticket</source>
        <translation>&amp;Zapisz w zgłoszeniu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;PDF…</source>
        <translation>Zapisz &amp;PDF…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send as &amp;e-mail</source>
        <translation>Wyślij &amp;e-mailem</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send the letter to the customer&apos;s e-mail address with its PDF, and file it</source>
        <translation>Wysyła list z plikiem PDF na adres e-mail klienta i rejestruje go</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Not a reply</source>
        <translation>To nie odpowiedź</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your unsaved letter on this ticket is back.</source>
        <translation>Wrócił niezapisany list do tego zgłoszenia.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>This template has no {language} text. Choose the other language or another template (the template can be completed in the console).</source>
        <translation>Ten szablon nie ma tekstu w języku: {language}. Wybierz drugi język lub inny szablon (szablon można uzupełnić w konsoli).</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>(reference given on saving)</source>
        <translation>(numer nadany przy zapisie)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../desk_app/ui/letter_sample.py" line="+56"/>
        <source>Customer service</source>
        <translation>Obsługa klienta</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>letter-{number}.pdf</source>
        <translation>list-{number}.pdf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the letter as PDF</source>
        <translation>Zapisz list jako PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved as {file}.</source>
        <translation>Zapisano jako {file}.</translation>
    </message>
</context>
<context>
    <name>LetterPdf</name>
    <message>
        <location filename="../desk_app/ui/letter_pdf.py" line="+88"/>
        <source>Date: {date}</source>
        <translation>Data: {date}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Corresponding to: {date}</source>
        <translation>Odpowiada: {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject: {subject}</source>
        <translation>Temat: {subject}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reference: {reference}</source>
        <translation>Numer: {reference}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Page {page} of {pages}</source>
        <translation>Strona {page} z {pages}</translation>
    </message>
</context>
<context>
    <name>LetterWords</name>
    <message>
        <location filename="../desk_app/ui/letter_words.py" line="+14"/>
        <source>Acknowledgement</source>
        <translation>Potwierdzenie otrzymania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request for information</source>
        <translation>Prośba o informacje</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow-up</source>
        <translation>Kontynuacja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>Rozwiązanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejection</source>
        <translation>Odmowa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint response</source>
        <translation>Odpowiedź na skargę</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Internal memo</source>
        <translation>Notatka wewnętrzna</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Customer&apos;s name</source>
        <translation>Imię i nazwisko klienta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer&apos;s title</source>
        <translation>Tytuł klienta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket number</source>
        <translation>Numer zgłoszenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket subject</source>
        <translation>Temat zgłoszenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date opened</source>
        <translation>Data otwarcia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date opened (Hijri)</source>
        <translation>Data otwarcia (hidżra)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Today&apos;s date</source>
        <translation>Dzisiejsza data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today&apos;s date (Hijri)</source>
        <translation>Dzisiejsza data (hidżra)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date (Hijri)</source>
        <translation>Termin (hidżra)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent&apos;s name</source>
        <translation>Imię i nazwisko pracownika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branch name</source>
        <translation>Nazwa oddziału</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register reference</source>
        <translation>Numer w rejestrze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free text for this letter</source>
        <translation>Dodatkowy tekst tego listu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Arabic</source>
        <translation>Arabski</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Angielski</translation>
    </message>
</context>
<context>
    <name>LevelsEditors</name>
    <message>
        <location filename="../desk_app/ui/levels_editors.py" line="-97"/>
        <source>{day} {month} {year} AH</source>
        <translation>{day} {month} {year} r. H.</translation>
    </message>
</context>
<context>
    <name>LevelsHolidays</name>
    <message>
        <location filename="../desk_app/ui/levels_holidays.py" line="-305"/>
        <source>There is no such day in the Hijri calendar: that month has 29 days in that year.</source>
        <translation>Nie ma takiego dnia w kalendarzu hidżry: ten miesiąc ma w tym roku 29 dni.</translation>
    </message>
</context>
<context>
    <name>LevelsPage</name>
    <message>
        <location filename="../desk_app/ui/admin_levels_page.py" line="+91"/>
        <source>&amp;Branch:</source>
        <translation>&amp;Oddział:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Re&amp;load</source>
        <translation>Odśw&amp;ież</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the service levels as they are now saved; your changes here are dropped.</source>
        <translation>Pokaż poziomy usług w obecnie zapisanej postaci; twoje zmiany tutaj zostaną odrzucone.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;vert</source>
        <translation>&amp;Cofnij zmiany</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put back the saved service levels of this branch.</source>
        <translation>Przywróć zapisane poziomy usług tego oddziału.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Your unsaved changes to this branch are back.</source>
        <translation>Twoje niezapisane zmiany dla tego oddziału wróciły.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Changed, not saved yet.</source>
        <translation>Zmieniono, jeszcze nie zapisano.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The saved service levels are back.</source>
        <translation>Przywrócono zapisane poziomy usług.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+42"/>
        <source>Not saved: see the messages beside the fields.</source>
        <translation>Nie zapisano: zobacz komunikaty przy polach.</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Saving on the server…</source>
        <translation>Zapisywanie na serwerze…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved as version {version}. The clocks of the branch&apos;s open tickets are being recomputed in the background.</source>
        <translation>Zapisano jako wersję {version}. Zegary otwartych zgłoszeń oddziału są przeliczane w tle.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Someone else saved this branch&apos;s service levels meanwhile (now version {version}). Nothing was saved; Reload shows theirs, and your changes stay here until then.</source>
        <translation>Ktoś inny zapisał w międzyczasie poziomy usług tego oddziału (teraz wersja {version}). Nic nie zapisano; „Odśwież” pokaże jego wersję, a twoje zmiany zostaną tu do tego czasu.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{date}: {problem}</source>
        <translation>{date}: {problem}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>In force: defaults (never changed)</source>
        <translation>Obowiązują: domyślne (nigdy nie zmieniane)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In force: version {version}</source>
        <translation>Obowiązuje: wersja {version}</translation>
    </message>
</context>
<context>
    <name>ListEmptyState</name>
    <message>
        <location filename="../desk_app/ui/empty_state.py" line="+30"/>
        <source>No ticket matches “{query}”</source>
        <translation>Żadne zgłoszenie nie pasuje do „{query}”</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Clear the search</source>
        <translation>Wyczyść wyszukiwani&amp;e</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Take a call ({keys})</source>
        <translation>Odbierz połączenie ({keys})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign in to a server…</source>
        <translation>Zaloguj się do serwera…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Check the spelling, or clear it.</source>
        <translation>Sprawdź pisownię lub wyczyść wyszukiwanie.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No ticket in this view</source>
        <translation>Brak zgłoszeń w tym widoku</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No tickets yet</source>
        <translation>Nie ma jeszcze zgłoszeń</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the first call to create a ticket, or sign in to your office&apos;s server to receive its tickets.</source>
        <translation>Odbierz pierwsze połączenie, aby utworzyć zgłoszenie, lub zaloguj się do serwera biura, aby pobrać jego zgłoszenia.</translation>
    </message>
</context>
<context>
    <name>LocalOnlyBox</name>
    <message>
        <location filename="../desk_app/ui/admin_people_local_only.py" line="+30"/>
        <source>Only on this desk, not on the server</source>
        <translation>Tylko na tym stanowisku, nie na serwerze</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Fill in the new person</source>
        <translation>Wypełnij &amp;formularz nowej osoby</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copies the name, user name and role; type a password and add them.</source>
        <translation>Kopiuje imię i nazwisko, nazwę użytkownika i rolę; wpisz hasło i dodaj osobę.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name} ({username})</source>
        <translation>{name} ({username})</translation>
    </message>
</context>
<context>
    <name>MailPage</name>
    <message>
        <location filename="../desk_app/ui/admin_mail_page.py" line="+76"/>
        <source>STARTTLS (usually port {port})</source>
        <translation>STARTTLS (zwykle port {port})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TLS from the start (usually port {port})</source>
        <translation>TLS od początku (zwykle port {port})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None (a server inside the office only)</source>
        <translation>Brak (tylko serwer w biurze)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Kept only in this computer&apos;s keyring</source>
        <translation>Przechowywane tylko w pęku kluczy tego komputera</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mail &amp;server:</source>
        <translation>&amp;Serwer poczty:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;curity:</source>
        <translation>&amp;Zabezpieczenie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sen&amp;der&apos;s address:</source>
        <translation>&amp;Adres nadawcy:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender&apos;s &amp;name:</source>
        <translation>&amp;Nazwa nadawcy:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>Nazwa &amp;użytkownika:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save &amp;mail settings</source>
        <translation>Zapisz ustawienia poczt&amp;y</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+51"/>
        <source>Version {version}</source>
        <translation>Wersja {version}</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>No mail server yet: letters are not sent by e-mail.</source>
        <translation>Brak serwera poczty: listy nie są wysyłane e-mailem.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Mail settings saved; letters can be sent by e-mail.</source>
        <translation>Ustawienia poczty zapisane; listy można wysyłać e-mailem.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desk_app/ui/main_window.py" line="+63"/>
        <source>Open tickets</source>
        <translation>Otwarte zgłoszenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My tickets</source>
        <translation>Moje zgłoszenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My queues</source>
        <translation>Moje kolejki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unassigned</source>
        <translation>Nieprzypisane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breaching soon</source>
        <translation>Bliskie przekroczenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Po terminie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My follow-ups due</source>
        <translation>Moje zaległe kontakty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for customer</source>
        <translation>Oczekujące na klienta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints</source>
        <translation>Skargi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalated to my queues</source>
        <translation>Eskalowane do moich kolejek</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Escalated to me</source>
        <translation>Eskalowane do mnie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to me</source>
        <translation>Zwrócone do mnie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All tickets</source>
        <translation>Wszystkie zgłoszenia</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open tickets whose next SLA target is due within the hour, soonest first</source>
        <translation>Otwarte zgłoszenia, których najbliższy cel SLA mija w ciągu godziny, najbliższe najpierw</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open tickets past an SLA target&apos;s due time, the latest miss first</source>
        <translation>Otwarte zgłoszenia po terminie celu SLA, najświeższe przekroczenia najpierw</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your tickets with a call-back planned for now or earlier</source>
        <translation>Twoje zgłoszenia z oddzwonieniem zaplanowanym na teraz lub wcześniej</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open tickets in your queues (to choose them: View menu, My queues…)</source>
        <translation>Otwarte zgłoszenia w Twoich kolejkach (aby je wybrać: menu Widok, Moje kolejki…)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open tickets flagged as a complaint or an angry customer</source>
        <translation>Otwarte zgłoszenia oznaczone jako skarga lub zdenerwowany klient</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open tickets escalated or passed on into your queues</source>
        <translation>Otwarte zgłoszenia eskalowane lub przekazane do Twoich kolejek</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open tickets on which someone asked for your attention</source>
        <translation>Otwarte zgłoszenia, przy których ktoś poprosił o Twoją uwagę</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open tickets a higher tier returned to you, with instructions</source>
        <translation>Otwarte zgłoszenia zwrócone Ci przez wyższy poziom, z instrukcjami</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Maktab — service desk</source>
        <translation>Maktab — obsługa zgłoszeń</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>&amp;New ticket</source>
        <translation>&amp;Nowe zgłoszenie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Search</source>
        <translation>&amp;Szukaj</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Odśwież</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Ustawienia…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Maktab</source>
        <translation>&amp;O programie Maktab</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Skróty klawiszowe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Related tickets…</source>
        <translation>&amp;Powiązane zgłoszenia…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Log contact…</source>
        <translation>&amp;Zapisz kontakt…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>R&amp;esolve…</source>
        <translation>&amp;Rozwiąż…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Escala&amp;te…</source>
        <translation>&amp;Eskaluj…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Tiers at a glance…</source>
        <translation>Poziomy &amp;jednym rzutem oka…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Supervisor&apos;s das&amp;hboard…</source>
        <translation>Pulpit kie&amp;rownika…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;open</source>
        <translation>&amp;Otwórz ponownie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved &amp;views</source>
        <translation>&amp;Zapisane widoki</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save view &amp;as…</source>
        <translation>Zapisz &amp;widok jako…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;name view…</source>
        <translation>Zmień &amp;nazwę widoku…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete view</source>
        <translation>&amp;Usuń widok</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My &amp;queues…</source>
        <translation>Moje &amp;kolejki…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Assign to…</source>
        <translation>Przypisz &amp;do…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set &amp;status…</source>
        <translation>Ustaw &amp;status…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set &amp;priority…</source>
        <translation>&amp;Ustaw priorytet…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Main</source>
        <translation>Główny</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Go to view</source>
        <translation>&amp;Przejdź do widoku</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Columns</source>
        <translation>Ko&amp;lumny</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Ticket</source>
        <translation>&amp;Zgłoszenie</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>S&amp;ync</source>
        <translation>S&amp;ynchronizacja</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Branch: {name}</source>
        <translation>Oddział: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>Agent: {name}</source>
        <translation>Konsultant: {name}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ticket {number} saved</source>
        <translation>Zapisano zgłoszenie {number}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Call logged on ticket {number}</source>
        <translation>Rozmowę zapisano w zgłoszeniu {number}</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+250"/>
        <source>Select a ticket first.</source>
        <translation>Najpierw wybierz zgłoszenie.</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>About Maktab</source>
        <translation>O programie Maktab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maktab {version}
The offline-capable service desk.</source>
        <translation>Maktab {version}
System obsługi zgłoszeń, który działa także offline.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Maktab</source>
        <translation>Maktab</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Save view as</source>
        <translation>Zapisz widok jako</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Rename view</source>
        <translation>Zmień nazwę widoku</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>View “{name}” deleted</source>
        <translation>Usunięto widok „{name}”</translation>
    </message>
    <message numerus="yes">
        <location line="+56"/>
        <source>%Ln ticket(s) changed</source>
        <translation>
            <numerusform>Zmieniono %Ln zgłoszenie</numerusform>
            <numerusform>Zmieniono %Ln zgłoszenia</numerusform>
            <numerusform>Zmieniono %Ln zgłoszeń</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%Ln ticket(s)</source>
        <translation>
            <numerusform>%Ln zgłoszenie</numerusform>
            <numerusform>%Ln zgłoszenia</numerusform>
            <numerusform>%Ln zgłoszeń</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemoDialog</name>
    <message>
        <location filename="../desk_app/ui/memo_dialog.py" line="+41"/>
        <source>New memo</source>
        <translation>Nowa notatka</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No template</source>
        <translation>Bez szablonu</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A person, a queue or a department</source>
        <translation>Osoba, kolejka lub dział</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Template:</source>
        <translation>&amp;Szablon:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;o:</source>
        <translation>&amp;Do:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Temat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Te&amp;xt:</source>
        <translation>T&amp;reść:</translation>
    </message>
</context>
<context>
    <name>MyQueuesDialog</name>
    <message>
        <location filename="../desk_app/ui/view_dialogs.py" line="+81"/>
        <source>My queues</source>
        <translation>Moje kolejki</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The queues you work; Space ticks the one selected.</source>
        <translation>Kolejki, w których pracujesz; spacja zaznacza wybraną.</translation>
    </message>
</context>
<context>
    <name>NewPersonForm</name>
    <message>
        <location filename="../desk_app/ui/admin_people_forms.py" line="+75"/>
        <source>New person</source>
        <translation>Nowa osoba</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A&amp;dd person</source>
        <translation>&amp;Dodaj osobę</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Na&amp;me</source>
        <translation>&amp;Imię i nazwisko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name</source>
        <translation>&amp;Nazwa użytkownika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ro&amp;le</source>
        <translation>&amp;Rola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bran&amp;ch</source>
        <translation>&amp;Oddział</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../desk_app/ui/notifications.py" line="+90"/>
        <source>Time to review your article “{title}”.</source>
        <translation>Czas przejrzeć Twój artykuł „{title}”.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Call back {customer} about {number}: {subject}</source>
        <translation>Oddzwoń do: {customer} w sprawie {number}: {subject}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{number} is about to miss its service level: {subject}</source>
        <translation>{number} zaraz przekroczy termin poziomu usług: {subject}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your attention is asked on {number}: {subject}</source>
        <translation>Prośba o Twoją uwagę w {number}: {subject}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A ticket was assigned to you.</source>
        <translation>Przydzielono Ci zgłoszenie.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Maktab</source>
        <translation>Maktab</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <location filename="../desk_app/ui/sync_outbox_dialog.py" line="+66"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Zmiana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>{entity} ({kind})</source>
        <translation>{entity} ({kind})</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Outbox — changes not yet on the server</source>
        <translation>Skrzynka nadawcza — zmiany, których serwer jeszcze nie ma</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;Retry</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the refused change again with the next sync.</source>
        <translation>Wyślij odrzuconą zmianę ponownie przy następnej synchronizacji.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard…</source>
        <translation>P&amp;orzuć…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The outbox is empty: every change has been sent.</source>
        <translation>Skrzynka nadawcza jest pusta: wszystkie zmiany zostały wysłane.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln change(s) waiting to be sent.</source>
        <translation>
            <numerusform>%Ln zmiana czeka na wysłanie.</numerusform>
            <numerusform>%Ln zmiany czekają na wysłanie.</numerusform>
            <numerusform>%Ln zmian czeka na wysłanie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln refused by the server: retry or discard them.</source>
        <translation>
            <numerusform>%Ln zmiana odrzucona przez serwer: ponów ją lub porzuć.</numerusform>
            <numerusform>%Ln zmiany odrzucone przez serwer: ponów je lub porzuć.</numerusform>
            <numerusform>%Ln zmian odrzuconych przez serwer: ponów je lub porzuć.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Refused: {change} — {reason}</source>
        <translation>Odrzucona: {change} — {reason}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Discard the change?</source>
        <translation>Porzucić zmianę?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused this change: {change}

Discarding it means it will never be sent. This cannot be undone.</source>
        <translation>Serwer odrzucił tę zmianę: {change}

Porzucona zmiana nigdy nie zostanie wysłana. Tego nie można cofnąć.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Discard</source>
        <translation>Porzuć</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep it</source>
        <translation>Zachowaj</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The change will be sent with the next sync.</source>
        <translation>Zmiana zostanie wysłana przy następnej synchronizacji.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The change was discarded.</source>
        <translation>Zmiana została porzucona.</translation>
    </message>
</context>
<context>
    <name>PeopleForms</name>
    <message>
        <location filename="../desk_app/ui/admin_people_forms.py" line="-44"/>
        <source>{level}. {role}</source>
        <translation>{level}. {role}</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../desk_app/ui/admin_people_page.py" line="+82"/>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User name</source>
        <translation>Nazwa użytkownika</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T&amp;ype the PIN again</source>
        <translation>Wpisz PIN pono&amp;wnie</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+118"/>
        <source>Chosen person</source>
        <translation>Wybrana osoba</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Change role</source>
        <translation>Zmień rolę</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reset PIN</source>
        <translation>Ustaw nowy PIN</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+200"/>
        <source>Deactivate</source>
        <translation>Dezaktywuj</translation>
    </message>
    <message>
        <location line="-192"/>
        <source>New role</source>
        <translation>Nowa rola</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New PIN</source>
        <translation>Nowy kod PIN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat the PIN</source>
        <translation>Powtórz kod PIN</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Active</source>
        <translation>Aktywna</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deactivated</source>
        <translation>Dezaktywowana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active, no PIN</source>
        <translation>Aktywna, bez kodu PIN</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This desk works with a server: sign in to it to manage its people here.</source>
        <translation>To stanowisko pracuje z serwerem: zaloguj się do niego, aby zarządzać tu jego osobami.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose a person in the list.</source>
        <translation>Wybierz osobę z listy.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This person is deactivated.</source>
        <translation>Ta osoba jest dezaktywowana.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chosen person: {name}</source>
        <translation>Wybrana osoba: {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You cannot do this to yourself: ask another administrator.</source>
        <translation>Nie możesz zrobić tego sobie: poproś innego administratora.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>{name} will no longer be able to use the desk. Deactivate?</source>
        <translation>{name} nie będzie już mogła/mógł korzystać ze stanowiska. Dezaktywować?</translation>
    </message>
</context>
<context>
    <name>PerPriorityTabs</name>
    <message>
        <location filename="../desk_app/ui/levels_rules.py" line="+355"/>
        <source>&amp;Targets per priority</source>
        <translation>Cel&amp;e według priorytetu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Automatic &amp;escalation</source>
        <translation>Automatyczna e&amp;skalacja</translation>
    </message>
</context>
<context>
    <name>PeriodRow</name>
    <message>
        <location filename="../desk_app/ui/levels_hours.py" line="-37"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Period {number}: start</source>
        <translation>Okres {number}: początek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period {number}: end</source>
        <translation>Okres {number}: koniec</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove period {number}</source>
        <translation>Usuń okres {number}</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <location filename="../desk_app/services/permissions.py" line="+225"/>
        <source>Your role may not take calls or create tickets.</source>
        <translation>Twoja rola nie pozwala przyjmować połączeń ani tworzyć zgłoszeń.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your role may not edit tickets.</source>
        <translation>Twoja rola nie pozwala edytować zgłoszeń.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This ticket is not assigned to you, and your role may not edit others&apos; tickets.</source>
        <translation>To zgłoszenie nie jest przypisane do Ciebie, a Twoja rola nie pozwala edytować cudzych zgłoszeń.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This ticket is neither yours nor in one of your queues.</source>
        <translation>To zgłoszenie nie jest Twoje ani nie należy do żadnej z Twoich kolejek.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your role may not move tickets to another queue.</source>
        <translation>Twoja rola nie pozwala przenosić zgłoszeń do innej kolejki.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your role may not assign tickets to other people.</source>
        <translation>Twoja rola nie pozwala przypisywać zgłoszeń innym osobom.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your role may not change several tickets at once.</source>
        <translation>Twoja rola nie pozwala zmieniać wielu zgłoszeń naraz.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your role may not merge or split tickets.</source>
        <translation>Twoja rola nie pozwala scalać ani dzielić zgłoszeń.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only a team lead or above may declare an enterprise failure.</source>
        <translation>Awarię całej organizacji może ogłosić tylko lider zespołu lub ktoś wyżej.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your role may not resolve or reopen tickets.</source>
        <translation>Twoja rola nie pozwala rozwiązywać ani ponownie otwierać zgłoszeń.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role may not pass tickets to another queue of the tier.</source>
        <translation>Twoja rola nie pozwala przekazywać zgłoszeń do innej kolejki tej samej linii.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your role may not escalate tickets to a higher tier.</source>
        <translation>Twoja rola nie pozwala eskalować zgłoszeń do wyższej linii.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your role may not return tickets to a lower tier.</source>
        <translation>Twoja rola nie pozwala zwracać zgłoszeń do niższej linii.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your role may not write knowledge articles.</source>
        <translation>Twoja rola nie pozwala pisać artykułów bazy wiedzy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role may not publish knowledge articles.</source>
        <translation>Twoja rola nie pozwala publikować artykułów bazy wiedzy.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your role may not see team reports.</source>
        <translation>Twoja rola nie pozwala oglądać raportów zespołu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role may not see the reports of all branches.</source>
        <translation>Twoja rola nie pozwala oglądać raportów wszystkich oddziałów.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your role may not change service levels, working hours or holidays.</source>
        <translation>Twoja rola nie pozwala zmieniać poziomów usług, godzin pracy ani dni wolnych.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your role may not change the category catalogue.</source>
        <translation>Twoja rola nie pozwala zmieniać katalogu kategorii.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your role may not change templates.</source>
        <translation>Twoja rola nie pozwala zmieniać szablonów.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your role may not change queues.</source>
        <translation>Twoja rola nie pozwala zmieniać kolejek.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role may not manage people.</source>
        <translation>Twoja rola nie pozwala zarządzać osobami.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role may not manage devices.</source>
        <translation>Twoja rola nie pozwala zarządzać urządzeniami.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role may not change rights.</source>
        <translation>Twoja rola nie pozwala zmieniać uprawnień.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role may not read the audit log.</source>
        <translation>Twoja rola nie pozwala czytać dziennika audytu.</translation>
    </message>
</context>
<context>
    <name>PriorityRules</name>
    <message>
        <location filename="../desk_app/ui/levels_rules.py" line="-210"/>
        <source>Add a rule</source>
        <translation>Dodaj regułę</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a rule to {priority}</source>
        <translation>Dodaj regułę do: {priority}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No automatic escalation</source>
        <translation>Bez automatycznej eskalacji</translation>
    </message>
</context>
<context>
    <name>QueuesPage</name>
    <message>
        <location filename="../desk_app/ui/admin_queues_page.py" line="+91"/>
        <source>Queues</source>
        <translation>Kolejki</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>English name</source>
        <translation>Nazwa angielska</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Arabic name</source>
        <translation>Nazwa arabska</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tier</source>
        <translation>Poziom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Branch</source>
        <translation>Oddział</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+205"/>
        <source>New queue</source>
        <translation>Nowa kolejka</translation>
    </message>
    <message>
        <location line="-186"/>
        <source>&amp;English name:</source>
        <translation>Nazwa &amp;angielska:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ara&amp;bic name:</source>
        <translation>Nazwa a&amp;rabska:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ier:</source>
        <translation>Pozio&amp;m:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bra&amp;nch:</source>
        <translation>Odd&amp;ział:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ne&amp;w queue</source>
        <translation>&amp;Nowa kolejka</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sa&amp;ve queue</source>
        <translation>Zapisz &amp;kolejkę</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+4"/>
        <source>Members</source>
        <translation>Członkowie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Person to add</source>
        <translation>Osoba do dodania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to the team</source>
        <translation>Dodaj do zespołu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove from the team</source>
        <translation>Usuń z zespołu</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Tier 0: self-service</source>
        <translation>Poziom 0: samoobsługa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier 1: first line</source>
        <translation>Poziom 1: pierwsza linia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier 2: specialists</source>
        <translation>Poziom 2: specjaliści</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier 3: experts</source>
        <translation>Poziom 3: eksperci</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+15"/>
        <source>All branches</source>
        <translation>Wszystkie oddziały</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Change queue</source>
        <translation>Zmiana kolejki</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No members yet.</source>
        <translation>Brak członków.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Added to the team.</source>
        <translation>Dodano do zespołu.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Removed from the team.</source>
        <translation>Usunięto z zespołu.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Queue saved.</source>
        <translation>Zapisano kolejkę.</translation>
    </message>
</context>
<context>
    <name>ReadingPane</name>
    <message>
        <location filename="../desk_app/ui/reading_pane.py" line="+35"/>
        <source>Reading &amp;pane</source>
        <translation>Panel po&amp;dglądu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Below the list</source>
        <translation>Pod &amp;listą</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Be&amp;side the list</source>
        <translation>&amp;Obok listy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hidden</source>
        <translation>&amp;Ukryty</translation>
    </message>
</context>
<context>
    <name>RecordIncomingDialog</name>
    <message>
        <location filename="../desk_app/ui/register_record_dialog.py" line="+86"/>
        <source>Record incoming letter</source>
        <translation>Zarejestruj korespondencję przychodzącą</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Waits for a &amp;reply</source>
        <translation>Czeka na &amp;odpowiedź</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+80"/>
        <source>No file</source>
        <translation>Brak pliku</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Choose &amp;file…</source>
        <translation>Wybierz &amp;plik…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanał:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recei&amp;ved:</source>
        <translation>Otr&amp;zymano:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ustomer:</source>
        <translation>K&amp;lient:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ticket number:</source>
        <translation>Numer zgłosze&amp;nia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their refere&amp;nce:</source>
        <translation>&amp;Ich numer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Temat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Te&amp;xt:</source>
        <translation>T&amp;reść:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scan or file:</source>
        <translation>Skan lub plik:</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Choose the scan or file</source>
        <translation>Wybierz skan lub plik</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scans and documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.docx *.odt *.txt);;All files (*)</source>
        <translation>Skany i dokumenty (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.docx *.odt *.txt);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose the customer from the list, or give the ticket number instead.</source>
        <translation>Wybierz klienta z listy albo podaj numer zgłoszenia.</translation>
    </message>
</context>
<context>
    <name>RegisterWindow</name>
    <message>
        <location filename="../desk_app/ui/register_window.py" line="+127"/>
        <location line="+215"/>
        <source>Letter register</source>
        <translation>Rejestr korespondencji</translation>
    </message>
    <message>
        <location line="-208"/>
        <source>Search reference, subject, text…</source>
        <translation>Szukaj w numerze, temacie, treści…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All directions</source>
        <translation>Wszystkie kierunki</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All channels</source>
        <translation>Wszystkie kanały</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All entries</source>
        <translation>Wszystkie wpisy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replies due</source>
        <translation>Odpowiedzi do wysłania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replies overdue</source>
        <translation>Zaległe odpowiedzi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Search:</source>
        <translation>&amp;Szukaj:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Show &amp;more</source>
        <translation>Pokaż &amp;więcej</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Record incoming letter…</source>
        <translation>&amp;Zarejestruj przychodzącą…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New m&amp;emo…</source>
        <translation>Nowa &amp;notatka…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open file</source>
        <translation>&amp;Otwórz plik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport…</source>
        <translation>&amp;Eksportuj…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>Zam&amp;knij</translation>
    </message>
    <message numerus="yes">
        <location line="+88"/>
        <source>%Ln replies due</source>
        <translation>
            <numerusform>%Ln odpowiedź do wysłania</numerusform>
            <numerusform>%Ln odpowiedzi do wysłania</numerusform>
            <numerusform>%Ln odpowiedzi do wysłania</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln zaległa</numerusform>
            <numerusform>%Ln zaległe</numerusform>
            <numerusform>%Ln zaległych</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{due}; {late}</source>
        <translation>{due}; {late}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No entries to show.</source>
        <translation>Brak wpisów do pokazania.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose an entry first.</source>
        <translation>Najpierw wybierz wpis.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This entry has no file.</source>
        <translation>Ten wpis nie ma pliku.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The file is not on this desk yet: sync, then open it again.</source>
        <translation>Pliku nie ma jeszcze na tym stanowisku: zsynchronizuj i otwórz go ponownie.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Export the register</source>
        <translation>Eksportuj rejestr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>letter-register.xlsx</source>
        <translation>rejestr-korespondencji.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Skoroszyt Excel (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Exported to {file}.</source>
        <translation>Wyeksportowano do {file}.</translation>
    </message>
</context>
<context>
    <name>RegisterWords</name>
    <message>
        <location filename="../desk_app/ui/register_words.py" line="+14"/>
        <source>Incoming</source>
        <translation>Przychodząca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outgoing</source>
        <translation>Wychodząca</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Memo</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>Other</source>
        <translation>Inne</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Letter</source>
        <translation>List</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fax</source>
        <translation>Faks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reply due</source>
        <translation>Czeka na odpowiedź</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply overdue</source>
        <translation>Odpowiedź zaległa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replied</source>
        <translation>Odpowiedziano</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reference</source>
        <translation>Numer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>Kierunek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket</source>
        <translation>Zgłoszenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handled by</source>
        <translation>Obsłużył(a)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply</source>
        <translation>Odpowiedź</translation>
    </message>
</context>
<context>
    <name>RelatedTicketsDialog</name>
    <message>
        <location filename="../desk_app/ui/related_dialog.py" line="+51"/>
        <source>Related tickets</source>
        <translation>Powiązane zgłoszenia</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ticket number, e.g. HQ1-2026-000123 or 123</source>
        <translation>Numer zgłoszenia, np. HQ1-2026-000123 lub 123</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Other ticket:</source>
        <translation>&amp;Inne zgłoszenie:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Link</source>
        <translation>&amp;Powiąż</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Merge this ticket into it</source>
        <translation>&amp;Scal to zgłoszenie z tamtym</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Unlink the selected ticket</source>
        <translation>&amp;Usuń powiązanie z wybranym</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Subject of the other problem</source>
        <translation>Temat drugiego problemu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Temat:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;plit off as a new ticket</source>
        <translation>&amp;Wydziel jako nowe zgłoszenie</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Another problem in this ticket</source>
        <translation>Inny problem w tym zgłoszeniu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Linked and merged tickets (Enter opens one):</source>
        <translation>Powiązane i scalone zgłoszenia (Enter otwiera):</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Related tickets of {number}</source>
        <translation>Zgłoszenia powiązane z {number}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>linked</source>
        <translation>powiązane</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>merged into this one</source>
        <translation>scalone z tym</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No related tickets yet.</source>
        <translation>Brak powiązanych zgłoszeń.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This ticket was merged into {number}.</source>
        <translation>To zgłoszenie scalono z {number}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Linked to {number}.</source>
        <translation>Powiązano z {number}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select a linked ticket in the list first.</source>
        <translation>Najpierw wybierz powiązane zgłoszenie na liście.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unlinked.</source>
        <translation>Usunięto powiązanie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Merge tickets</source>
        <translation>Scal zgłoszenia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close {number} as a duplicate of ticket {other}? Both histories are kept.</source>
        <translation>Zamknąć {number} jako duplikat zgłoszenia {other}? Historia obu zostanie zachowana.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Merged into {number}.</source>
        <translation>Scalono z {number}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ticket {number} opened and linked.</source>
        <translation>Otwarto i powiązano zgłoszenie {number}.</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <location filename="../desk_app/ui/report_actions.py" line="+80"/>
        <source>Choose another place…</source>
        <translation>Wybierz inne miejsce…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Print report…</source>
        <translation>&amp;Drukuj raport…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E&amp;xport…</source>
        <translation>Eksp&amp;ortuj…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sa&amp;ved reports</source>
        <translation>Zapisane rapor&amp;ty</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The figures are still being counted; try again in a moment.</source>
        <translation>Liczby są jeszcze liczone; spróbuj ponownie za chwilę.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Customer service report</source>
        <translation>Raport obsługi klienta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print the report to a PDF file</source>
        <translation>Drukuj raport do pliku PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumenty PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Skoroszyty Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files, one per table (*.csv)</source>
        <translation>Pliki CSV, jeden na tabelę (*.csv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the figures</source>
        <translation>Eksport liczb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer service figures</source>
        <translation>Liczby obsługi klienta</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Save this report…</source>
        <translation>&amp;Zapisz ten raport…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Delete a saved report</source>
        <translation>&amp;Usuń zapisany raport</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Counting…</source>
        <translation>Liczenie…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Writing {file}…</source>
        <translation>Zapisywanie {file}…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved {file}.</source>
        <translation>Zapisano {file}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file was not written</source>
        <translation>Plik nie został zapisany</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose another place</source>
        <translation>Wybierz inne miejsce</translation>
    </message>
</context>
<context>
    <name>ReportContent</name>
    <message>
        <location filename="../desk_app/ui/report_content.py" line="+73"/>
        <location line="+9"/>
        <source>On {day}</source>
        <translation>W dniu {day}</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+8"/>
        <source>From {first} to {last}</source>
        <translation>Od {first} do {last}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Customer service</source>
        <translation>Obsługa klienta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer service report</source>
        <translation>Raport obsługi klienta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printed on {moment}</source>
        <translation>Wydrukowano {moment}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No tickets in this period.</source>
        <translation>Brak zgłoszeń w tym okresie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page {page} of {pages}</source>
        <translation>Strona {page} z {pages}</translation>
    </message>
</context>
<context>
    <name>ReportProblems</name>
    <message>
        <location filename="../desk_app/ui/report_actions.py" line="+24"/>
        <source>The folder {folder} no longer exists. Choose another place: the report is kept.</source>
        <translation>Folder {folder} już nie istnieje. Wybierz inne miejsce: raport nie przepadnie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Maktab may not write in {folder}. Choose another place: the report is kept.</source>
        <translation>Maktab nie może zapisywać w {folder}. Wybierz inne miejsce: raport nie przepadnie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} could not be written (the disk may be full). Choose another place: the report is kept.</source>
        <translation>Nie udało się zapisać {file} (dysk może być pełny). Wybierz inne miejsce: raport nie przepadnie.</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <location filename="../desk_app/ui/report_words.py" line="+52"/>
        <source>Summary</source>
        <translation>Podsumowanie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Figure</source>
        <translation>Wskaźnik</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{title} (%)</source>
        <translation>{title} (%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{title} (minutes)</source>
        <translation>{title} (minuty)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No channel</source>
        <translation>Bez kanału</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No priority</source>
        <translation>Bez priorytetu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No tier</source>
        <translation>Bez poziomu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not asked</source>
        <translation>Nie pytano</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unassigned</source>
        <translation>Nieprzypisane</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A former colleague</source>
        <translation>Były pracownik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In no queue</source>
        <translation>Poza kolejkami</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A removed queue</source>
        <translation>Usunięta kolejka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another branch</source>
        <translation>Inny oddział</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{value}%</source>
        <translation>{value}%</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <location filename="../desk_app/ui/resolve_dialog.py" line="+36"/>
        <source>Resolve the ticket</source>
        <translation>Rozwiąż zgłoszenie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. worn part, wrong setting, user error</source>
        <translation>np. zużyta część, złe ustawienie, błąd użytkownika</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was done to solve it</source>
        <translation>Co zrobiono, aby to rozwiązać</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not asked</source>
        <translation>Nie pytano</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>C&amp;lose it now (no confirmation expected)</source>
        <translation>&amp;Zamknij od razu (bez oczekiwania na potwierdzenie)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Cause</source>
        <translation>Przy&amp;czyna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Solution</source>
        <translation>Roz&amp;wiązanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer&apos;s s&amp;atisfaction</source>
        <translation>Zadowolenie &amp;klienta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Given by</source>
        <translation>&amp;Przekazane przez</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Resolve</source>
        <translation>&amp;Rozwiąż</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>{score} — very satisfied</source>
        <translation>{score} — bardzo zadowolony</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{score} — satisfied</source>
        <translation>{score} — zadowolony</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{score} — neither</source>
        <translation>{score} — obojętny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{score} — dissatisfied</source>
        <translation>{score} — niezadowolony</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{score} — very dissatisfied</source>
        <translation>{score} — bardzo niezadowolony</translation>
    </message>
</context>
<context>
    <name>RightsPage</name>
    <message>
        <location filename="../desk_app/ui/admin_rights_page.py" line="+82"/>
        <source>Who may do what, by level. A level&apos;s rights apply to everyone with its role.</source>
        <translation>Kto może co, według poziomu. Uprawnienia poziomu dotyczą każdego, kto ma jego rolę.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rights by level</source>
        <translation>Uprawnienia według poziomu</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Save ri&amp;ghts</source>
        <translation>Zapisz &amp;uprawnienia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reset to SFIA defaults</source>
        <translation>&amp;Przywróć domyślne SFIA</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fill the table with the SFIA levels&apos; defaults; Save keeps them.</source>
        <translation>Wypełnia tabelę domyślnymi wartościami poziomów SFIA; Zapisz je zachowuje.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The administrator always keeps the right to change rights: without it nobody could change them back.</source>
        <translation>Administrator zawsze zachowuje prawo do zmiany uprawnień: bez niego nikt nie mógłby ich przywrócić.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Changed, not saved yet.</source>
        <translation>Zmieniono, jeszcze nie zapisano.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The SFIA defaults are filled in. Save keeps them.</source>
        <translation>Wpisano wartości domyślne SFIA. Zapisz, aby je zachować.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Saved as version {version}.</source>
        <translation>Zapisano jako wersję {version}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>In use: the SFIA defaults, never changed.</source>
        <translation>Obowiązują: domyślne SFIA, nigdy nie zmieniane.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In use: version {version}.</source>
        <translation>Obowiązuje: wersja {version}.</translation>
    </message>
</context>
<context>
    <name>RuleRow</name>
    <message>
        <location filename="../desk_app/ui/levels_rules.py" line="-87"/>
        <source>The share of the resolution time used when the rule acts</source>
        <translation>Część czasu na rozwiązanie, po której reguła działa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the team lead</source>
        <translation>Poproś lidera zespołu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalate to the next tier</source>
        <translation>Eskaluj na następny poziom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raise the priority</source>
        <translation>Podnieś priorytet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{priority}, rule {number}</source>
        <translation>{priority}, reguła {number}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{rule}: share of the resolution time</source>
        <translation>{rule}: część czasu na rozwiązanie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{rule}: what it does</source>
        <translation>{rule}: co robi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{rule}: raise the priority</source>
        <translation>{rule}: podniesienie priorytetu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove {rule}</source>
        <translation>Usuń {rule}</translation>
    </message>
</context>
<context>
    <name>RulesBox</name>
    <message>
        <location line="+160"/>
        <source>A rule acts once per ticket, when the ticket has used the chosen share of its resolution time (100% is the breach); while a ticket waits, its time stands still.</source>
        <translation>Reguła działa raz na zgłoszenie, gdy zgłoszenie zużyje wybraną część czasu na rozwiązanie (100% to przekroczenie); gdy zgłoszenie czeka, jego czas stoi.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Restore the de&amp;fault rules</source>
        <translation>Przywróć reguły &amp;domyślne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every priority: ask the team lead at 75%; at the breach, escalate to the next tier and raise the priority.</source>
        <translation>Każdy priorytet: poproś lidera zespołu przy 75%; po przekroczeniu eskaluj na następny poziom i podnieś priorytet.</translation>
    </message>
</context>
<context>
    <name>SaveReportDialog</name>
    <message>
        <location filename="../desk_app/ui/report_save_dialog.py" line="+48"/>
        <source>Save this report</source>
        <translation>Zapisz ten raport</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Period:</source>
        <translation>&amp;Okres:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;First day:</source>
        <translation>&amp;Pierwszy dzień:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last day:</source>
        <translation>Ostatni &amp;dzień:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The report keeps the dashboard&apos;s branch and team. A named period (“last month”) is counted again each time the report runs.</source>
        <translation>Raport zachowuje oddział i zespół z pulpitu. Nazwany okres („poprzedni miesiąc”) jest liczony na nowo przy każdym uruchomieniu raportu.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Today</source>
        <translation>Dziś</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This week</source>
        <translation>Ten tydzień</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last week</source>
        <translation>Poprzedni tydzień</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month</source>
        <translation>Ten miesiąc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last month</source>
        <translation>Poprzedni miesiąc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year</source>
        <translation>Ten rok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These days</source>
        <translation>Wybrane dni</translation>
    </message>
</context>
<context>
    <name>ServerAdmin</name>
    <message>
        <location filename="../desk_app/ui/server_words.py" line="+34"/>
        <source>The server cannot be reached. Check the connection and try again.</source>
        <translation>Nie można połączyć się z serwerem. Sprawdź połączenie i spróbuj ponownie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server is busy. Try again in a minute.</source>
        <translation>Serwer jest zajęty. Spróbuj ponownie za minutę.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server asks you to sign in again (Sync menu).</source>
        <translation>Serwer prosi o ponowne zalogowanie (menu Synchronizacja).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server refused: your role may not do this.</source>
        <translation>Serwer odmówił: twoja rola na to nie pozwala.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>You may not give a role above your own, or change someone above it.</source>
        <translation>Nie możesz nadać roli wyższej niż własna ani zmieniać osoby powyżej niej.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You may manage only the people and branches you work in.</source>
        <translation>Możesz zarządzać tylko osobami i oddziałami, w których pracujesz.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You cannot do this to yourself: ask another administrator.</source>
        <translation>Nie możesz zrobić tego sobie: poproś innego administratora.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is the last active administrator: make another one first.</source>
        <translation>To ostatni aktywny administrator: najpierw wyznacz innego.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Someone already has this user name.</source>
        <translation>Ktoś ma już tę nazwę użytkownika.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>User names: up to {count} small Latin letters and digits, no spaces, and {signs}</source>
        <translation>Nazwa użytkownika: do {count} małych liter łacińskich i cyfr, bez spacji, oraz {signs}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the person&apos;s name.</source>
        <translation>Wpisz imię i nazwisko osoby.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a role from the list.</source>
        <translation>Wybierz rolę z listy.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose at least one branch.</source>
        <translation>Wybierz co najmniej jeden oddział.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A password needs at least {count} characters.</source>
        <translation>Hasło musi mieć co najmniej {count} znaków.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two passwords differ.</source>
        <translation>Hasła się różnią.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is no longer on the server. The list has been reloaded.</source>
        <translation>Tego nie ma już na serwerze. Lista została wczytana ponownie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Someone saved the rights meanwhile. Their table is shown now; make your change again.</source>
        <translation>Ktoś w międzyczasie zapisał uprawnienia. Widać teraz jego tabelę; wprowadź zmianę ponownie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server refused the change.</source>
        <translation>Serwer odrzucił zmianę.</translation>
    </message>
</context>
<context>
    <name>ServerPeoplePage</name>
    <message>
        <location filename="../desk_app/ui/admin_people_server.py" line="+80"/>
        <source>People and devices of the server this desk is signed in to.</source>
        <translation>Osoby i urządzenia serwera, do którego zalogowane jest to stanowisko.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation>Nazwa użytkownika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branches</source>
        <translation>Oddziały</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queues</source>
        <translation>Kolejki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Pass&amp;word</source>
        <translation>&amp;Hasło</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T&amp;ype it again</source>
        <translation>Wpisz &amp;ponownie</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+168"/>
        <source>Chosen person</source>
        <translation>Wybrana osoba</translation>
    </message>
    <message>
        <location line="-165"/>
        <source>Change role</source>
        <translation>Zmień rolę</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save branches</source>
        <translation>Zapisz oddziały</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reset password</source>
        <translation>Ustaw nowe hasło</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+164"/>
        <location line="+110"/>
        <source>Deactivate</source>
        <translation>Dezaktywuj</translation>
    </message>
    <message>
        <location line="-268"/>
        <source>New r&amp;ole</source>
        <translation>&amp;Nowa rola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Branches</source>
        <translation>Odd&amp;ziały</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;New password</source>
        <translation>Nowe h&amp;asło</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R&amp;epeat it</source>
        <translation>Po&amp;wtórz je</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;People</source>
        <translation>O&amp;soby</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;vices</source>
        <translation>Urządz&amp;enia</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Active</source>
        <translation>Aktywna</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deactivated</source>
        <translation>Dezaktywowana</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Chosen person: {name}</source>
        <translation>Wybrana osoba: {name}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reactivate</source>
        <translation>Aktywuj ponownie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You cannot do this to yourself: ask another administrator.</source>
        <translation>Nie możesz zrobić tego sobie: poproś innego administratora.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved on the server.</source>
        <translation>Zapisano na serwerze.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>The password of {name} was changed.</source>
        <translation>Hasło osoby {name} zostało zmienione.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{name} will no longer be able to sign in, on any desk. Deactivate?</source>
        <translation>{name} nie będzie już mogła/mógł się zalogować na żadnym stanowisku. Dezaktywować?</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../desk_app/ui/settings_dialog.py" line="+27"/>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Same as the system</source>
        <translation>Taki sam jak w systemie</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never</source>
        <translation>Nigdy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minutes without a key or a click before Maktab locks; 0 never locks.</source>
        <translation>Minuty bez klawisza ani kliknięcia, po których Maktab się blokuje; 0 – nigdy.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new language is used from the next start of Maktab.</source>
        <translation>Nowy język zostanie użyty od następnego uruchomienia programu Maktab.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Language</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your &amp;name</source>
        <translation>Twoje &amp;imię i nazwisko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loc&amp;k when idle for</source>
        <translation>Za&amp;blokuj po bezczynności</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../desk_app/ui/sync_signin_dialog.py" line="+65"/>
        <source>Sign in to the server</source>
        <translation>Zaloguj się do serwera</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Signing in connects this desk to your organisation&apos;s server, so all branches see one picture. Without it, Maktab works on this desk alone and keeps every change for later.</source>
        <translation>Logowanie łączy to stanowisko z serwerem Twojej organizacji, dzięki czemu wszystkie oddziały widzą jeden obraz. Bez niego Maktab działa tylko na tym stanowisku i zachowuje każdą zmianę na później.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>https://maktab.example.org</source>
        <translation>https://maktab.example.org</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>How this computer is named in the server&apos;s list of devices.</source>
        <translation>Nazwa tego komputera na liście urządzeń serwera.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Zaloguj się</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Work offline</source>
        <translation>&amp;Pracuj offline</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Server &amp;address</source>
        <translation>&amp;Adres serwera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name</source>
        <translation>&amp;Nazwa użytkownika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password</source>
        <translation>&amp;Hasło</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Device name</source>
        <translation>Nazwa &amp;urządzenia</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Enter your user name and password.</source>
        <translation>Wpisz nazwę użytkownika i hasło.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give this computer a name.</source>
        <translation>Nadaj temu komputerowi nazwę.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Signing in…</source>
        <translation>Logowanie…</translation>
    </message>
</context>
<context>
    <name>SlaView</name>
    <message>
        <location filename="../desk_app/ui/sla_view.py" line="+39"/>
        <source>First response</source>
        <translation>Pierwsza odpowiedź</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next update</source>
        <translation>Następna aktualizacja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>Rozwiązanie</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{name}: missed, done {when}, {late} late</source>
        <translation>{name}: po terminie, wykonano {when}, {late} za późno</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name}: missed, paused while waiting ({late} of working time late)</source>
        <translation>{name}: po terminie, wstrzymano na czas oczekiwania ({late} czasu pracy po terminie)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: paused while waiting, with {left} of working time to go</source>
        <translation>{name}: wstrzymano na czas oczekiwania, zostało {left} czasu pracy</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name}: overdue by {late} (due {due}), paused while waiting</source>
        <translation>{name}: po terminie o {late} (termin {due}), wstrzymano na czas oczekiwania</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: overdue by {late} (due {due})</source>
        <translation>{name}: po terminie o {late} (termin {due})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name}: due {due}, in {span}</source>
        <translation>{name}: termin {due}, za {span}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: due {due}, in {span} ({working} of working time)</source>
        <translation>{name}: termin {due}, za {span} ({working} czasu pracy)</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>{name}: met {when}</source>
        <translation>{name}: dotrzymano {when}</translation>
    </message>
</context>
<context>
    <name>SnippetsTable</name>
    <message>
        <location filename="../desk_app/ui/snippets_table.py" line="+36"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A&amp;dd snippet</source>
        <translation>&amp;Dodaj fragment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove sni&amp;ppet</source>
        <translation>&amp;Usuń fragment</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In any note or letter, type :: and a snippet&apos;s name to insert its text.</source>
        <translation>W każdej notatce lub liście wpisz :: i nazwę fragmentu, aby wstawić jego tekst.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../desk_app/ui/startup.py" line="+49"/>
        <source>Cannot open the database</source>
        <translation>Nie można otworzyć bazy danych</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Try again</source>
        <translation>Spróbuj ponownie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep the damaged file aside and start a new database</source>
        <translation>Odłóż uszkodzony plik na bok i utwórz nową bazę danych</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Database set aside</source>
        <translation>Bazę danych odłożono na bok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The damaged file was kept as:
{path}</source>
        <translation>Uszkodzony plik zachowano jako:
{path}</translation>
    </message>
</context>
<context>
    <name>SwitchUserDialog</name>
    <message>
        <location filename="../desk_app/ui/switch_user_dialog.py" line="+52"/>
        <source>Maktab is locked</source>
        <translation>Maktab jest zablokowany</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locked. {name} was at the desk: type the PIN to go on.</source>
        <translation>Zablokowano. Przy stanowisku był(a) {name}: wpisz PIN, aby kontynuować.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch user</source>
        <translation>Przełącz użytkownika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is at the desk now.</source>
        <translation>Przy stanowisku jest teraz {name}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Person</source>
        <translation>&amp;Osoba</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;IN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Unlock</source>
        <translation>Odb&amp;lokuj</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;witch</source>
        <translation>Prze&amp;łącz</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../desk_app/ui/sync_texts.py" line="-76"/>
        <source>The user name or the password is wrong.</source>
        <translation>Nazwa użytkownika lub hasło są nieprawidłowe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server cannot be reached. Check the network and the server address; Maktab keeps working on this desk and tries again by itself.</source>
        <translation>Nie można połączyć się z serwerem. Sprawdź sieć i adres serwera; Maktab dalej działa na tym stanowisku i sam spróbuje ponownie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server did not answer in time. Maktab keeps working on this desk and tries again by itself.</source>
        <translation>Serwer nie odpowiedział na czas. Maktab dalej działa na tym stanowisku i sam spróbuje ponownie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>The server no longer accepts this desk&apos;s sign-in. Sign in again.</source>
        <translation>Serwer nie akceptuje już logowania tego stanowiska. Zaloguj się ponownie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many sign-in attempts failed. Wait a few minutes before trying again.</source>
        <translation>Zbyt wiele nieudanych prób logowania. Odczekaj kilka minut i spróbuj ponownie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This version of Maktab is too old for the server. Update Maktab to synchronise; until then it keeps working on this desk.</source>
        <translation>Ta wersja Maktab jest za stara dla serwera. Zaktualizuj Maktab, aby synchronizować; do tego czasu działa na tym stanowisku.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server needs an update before it can work with this version of Maktab. Tell your administrator; until then Maktab keeps working on this desk.</source>
        <translation>Serwer wymaga aktualizacji, zanim będzie mógł współpracować z tą wersją Maktab. Powiadom administratora; do tego czasu Maktab działa na tym stanowisku.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No system keyring is available. Maktab keeps the server&apos;s secrets only in the system keyring, never in a file, so it cannot stay signed in. Ask your administrator to set up a keyring (for example GNOME Keyring or KWallet).</source>
        <translation>Brak systemowego pęku kluczy. Maktab przechowuje sekrety serwera wyłącznie w systemowym pęku kluczy, nigdy w pliku, więc nie może pozostać zalogowany. Poproś administratora o skonfigurowanie pęku kluczy (np. GNOME Keyring lub KWallet).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server no longer accepts this desk (its access was withdrawn). Sign in again or ask your administrator.</source>
        <translation>Serwer nie akceptuje już tego stanowiska (cofnięto mu dostęp). Zaloguj się ponownie lub zapytaj administratora.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your account on the server is disabled. Ask your administrator.</source>
        <translation>Twoje konto na serwerze jest wyłączone. Zapytaj administratora.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody is signed in to the server on this desk.</source>
        <translation>Nikt nie jest zalogowany do serwera na tym stanowisku.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server had a problem of its own, or the address does not point to a Maktab server. Maktab keeps working on this desk and tries again by itself.</source>
        <translation>Serwer ma własny problem albo adres nie wskazuje serwera Maktab. Maktab dalej działa na tym stanowisku i sam spróbuje ponownie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server refused the request; nothing was changed.</source>
        <translation>Serwer odrzucił żądanie; nic nie zostało zmienione.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server refused: {code}</source>
        <translation>Serwer odmówił: {code}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This computer&apos;s clock is ahead of the server&apos;s, so the server refuses its changes; they are kept here. Correct the date, time and time zone of this computer: they are then sent by themselves.</source>
        <translation>Zegar tego komputera spieszy się względem serwera, więc serwer odrzuca jego zmiany; są przechowywane tutaj. Popraw datę, godzinę i strefę czasową tego komputera: zmiany zostaną wtedy wysłane same.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This computer&apos;s clock is about {amount} ahead of the server&apos;s, so the server refuses its changes; they are kept here. Correct the date, time and time zone of this computer: they are then sent by themselves.</source>
        <translation>Zegar tego komputera spieszy się względem serwera o około {amount}, więc serwer odrzuca jego zmiany; są przechowywane tutaj. Popraw datę, godzinę i strefę czasową tego komputera: zmiany zostaną wtedy wysłane same.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This computer&apos;s clock is ahead: correct the date and time</source>
        <translation>Zegar tego komputera się spieszy: popraw datę i godzinę</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer&apos;s clock is about {amount} ahead: correct the date and time</source>
        <translation>Zegar tego komputera spieszy się o około {amount}: popraw datę i godzinę</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>This account may not change that branch&apos;s data.</source>
        <translation>To konto nie może zmieniać danych tego oddziału.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server does not know this kind of record.</source>
        <translation>Serwer nie zna tego rodzaju rekordu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server does not know one of the changed fields.</source>
        <translation>Serwer nie zna jednego ze zmienionych pól.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The record does not exist on the server.</source>
        <translation>Rekord nie istnieje na serwerze.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A value was not accepted.</source>
        <translation>Jedna z wartości nie została przyjęta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The record was deleted on another desk.</source>
        <translation>Rekord usunięto na innym stanowisku.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server does not let a desk make this change (people, branches and queues are changed by the administrator).</source>
        <translation>Serwer nie pozwala stanowisku wprowadzić tej zmiany (osoby, oddziały i kolejki zmienia administrator).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This computer&apos;s clock is ahead of the server&apos;s, so the server refused the change. Set the correct date, time and time zone on this computer; the change is kept here.</source>
        <translation>Zegar tego komputera wyprzedza zegar serwera, dlatego serwer odrzucił zmianę. Ustaw na tym komputerze poprawną datę, godzinę i strefę czasową; zmiana jest tu zachowana.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Refused: {code}</source>
        <translation>Odrzucono: {code}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server refused this change: your role does not allow it.</source>
        <translation>Serwer odrzucił tę zmianę: Twoja rola na to nie pozwala.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ticket</source>
        <translation>Zgłoszenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket history</source>
        <translation>Historia zgłoszenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organizacja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equipment</source>
        <translation>Sprzęt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branch</source>
        <translation>Oddział</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Użytkownik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue</source>
        <translation>Kolejka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue member</source>
        <translation>Członek kolejki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Knowledge base article</source>
        <translation>Artykuł bazy wiedzy</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New</source>
        <translation>utworzenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>zmiana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>usunięcie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waiting to be sent</source>
        <translation>Czeka na wysłanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused by the server</source>
        <translation>Odrzucona przez serwer</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/sync_conflicts_dialog.py" line="-239"/>
        <location filename="../desk_app/ui/sync_texts.py" line="+15"/>
        <source>(empty)</source>
        <translation>(puste)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/sync_texts.py" line="+89"/>
        <source>Enter the server&apos;s address, for example https://maktab.example.org</source>
        <translation>Wpisz adres serwera, na przykład https://maktab.example.org</translation>
    </message>
    <message>
        <location line="-274"/>
        <location line="+281"/>
        <source>The server address is not valid.</source>
        <translation>Adres serwera jest nieprawidłowy.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server address must start with https:// or http://.</source>
        <translation>Adres serwera musi zaczynać się od https:// lub http://.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server address has no valid host name.</source>
        <translation>Adres serwera nie zawiera poprawnej nazwy hosta.</translation>
    </message>
</context>
<context>
    <name>SyncCounts</name>
    <message numerus="yes">
        <location filename="../desk_app/ui/sync_status.py" line="+57"/>
        <source>%Ln pending</source>
        <translation>
            <numerusform>%Ln oczekująca</numerusform>
            <numerusform>%Ln oczekujące</numerusform>
            <numerusform>%Ln oczekujących</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln refused</source>
        <translation>
            <numerusform>%Ln odrzucona</numerusform>
            <numerusform>%Ln odrzucone</numerusform>
            <numerusform>%Ln odrzuconych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln konflikt</numerusform>
            <numerusform>%Ln konflikty</numerusform>
            <numerusform>%Ln konfliktów</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location line="-31"/>
        <source>Not connected to a server</source>
        <translation>Brak połączenia z serwerem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not signed in to the server</source>
        <translation>Nie zalogowano do serwera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline — retrying</source>
        <translation>Offline — ponawianie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syncing…</source>
        <translation>Synchronizacja…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not syncing — see why</source>
        <translation>Brak synchronizacji — zobacz dlaczego</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Synced</source>
        <translation>Zsynchronizowano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synced at {time}</source>
        <translation>Zsynchronizowano o {time}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source> · </source>
        <comment>between the parts of the sync state</comment>
        <translation> · </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Last synced: {time}</source>
        <translation>Ostatnia synchronizacja: {time}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Never synced yet</source>
        <translation>Jeszcze nie synchronizowano</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This desk works on its own database. Changes are kept in the outbox and sent once you sign in to a server.</source>
        <translation>To stanowisko pracuje na własnej bazie danych. Zmiany czekają w skrzynce nadawczej i zostaną wysłane po zalogowaniu się do serwera.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Changes waiting to be sent: {pending}; refused: {rejected}</source>
        <translation>Zmiany czekające na wysłanie: {pending}; odrzucone: {rejected}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Conflicts to review: {count}</source>
        <translation>Konflikty do przejrzenia: {count}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Click to see them.</source>
        <translation>Kliknij, aby je zobaczyć.</translation>
    </message>
</context>
<context>
    <name>SyncUi</name>
    <message>
        <location filename="../desk_app/ui/sync_actions.py" line="+187"/>
        <source>S&amp;ync now</source>
        <translation>Synchronizuj &amp;teraz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign &amp;in to server…</source>
        <translation>&amp;Zaloguj się do serwera…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Outbox…</source>
        <translation>&amp;Skrzynka nadawcza…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+42"/>
        <source>&amp;Conflicts to review…</source>
        <translation>&amp;Konflikty do przejrzenia…</translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>&amp;Conflicts to review (%Ln)…</source>
        <translation>
            <numerusform>&amp;Konflikty do przejrzenia (%Ln)…</numerusform>
            <numerusform>&amp;Konflikty do przejrzenia (%Ln)…</numerusform>
            <numerusform>&amp;Konflikty do przejrzenia (%Ln)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TargetsBox</name>
    <message>
        <location filename="../desk_app/ui/levels_targets.py" line="+27"/>
        <source>Targets per priority (working time)</source>
        <translation>Cele według priorytetu (czas pracy)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>First response</source>
        <translation>Pierwsza odpowiedź</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written reply</source>
        <translation>Odpowiedź pisemna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next update</source>
        <translation>Następna aktualizacja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>Rozwiązanie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{priority}, {target}</source>
        <translation>{priority}, {target}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{cell}: {problem}</source>
        <translation>{cell}: {problem}</translation>
    </message>
</context>
<context>
    <name>TemplateForm</name>
    <message>
        <location filename="../desk_app/ui/letter_template_form.py" line="+97"/>
        <source>&amp;Code:</source>
        <translation>&amp;Kod:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Rodzaj:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name:</source>
        <translation>Nazwa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject:</source>
        <translation>Temat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text:</source>
        <translation>Treść:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Insert placeholder</source>
        <translation>&amp;Wstaw pole</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put the chosen placeholder where the cursor is in a subject or text</source>
        <translation>Wstawia wybrane pole w miejscu kursora w temacie lub treści</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Placeholder:</source>
        <translation>&amp;Pole:</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <location filename="../desk_app/ui/admin_templates_page.py" line="+75"/>
        <source>Templates</source>
        <translation>Szablony</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add template</source>
        <translation>&amp;Dodaj szablon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove template</source>
        <translation>&amp;Usuń szablon</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Templates</source>
        <translation>&amp;Szablony</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;nippets</source>
        <translation>&amp;Fragmenty</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re&amp;vert</source>
        <translation>&amp;Cofnij zmiany</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save templates</source>
        <translation>&amp;Zapisz szablony</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+156"/>
        <source>Version {version}</source>
        <translation>Wersja {version}</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>The starter templates: not saved here yet</source>
        <translation>Szablony startowe: jeszcze tu nie zapisane</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>(no name)</source>
        <translation>(bez nazwy)</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>The templates cannot be saved yet: {reason}</source>
        <translation>Szablonów nie można jeszcze zapisać: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes not saved yet.</source>
        <translation>Zmiany nie są jeszcze zapisane.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>see the marked templates ({names}).</source>
        <translation>zobacz oznaczone szablony ({names}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>see the marked snippets.</source>
        <translation>zobacz oznaczone fragmenty.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Templates saved; new letters use them now.</source>
        <translation>Szablony zapisane; nowe listy już z nich korzystają.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Someone saved the templates meanwhile (version {version}); they are shown now. Make your change again.</source>
        <translation>Ktoś w międzyczasie zapisał szablony (wersja {version}); są teraz pokazane. Wprowadź zmianę ponownie.</translation>
    </message>
</context>
<context>
    <name>TicketDetailPanel</name>
    <message>
        <location filename="../desk_app/ui/ticket_detail_panel.py" line="+96"/>
        <source>Co&amp;mplaint or angry customer</source>
        <translation>Skar&amp;ga lub zdenerwowany klient</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Priority</source>
        <translation>P&amp;riorytet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Queue</source>
        <translation>&amp;Kolejka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Assignee</source>
        <translation>&amp;Osoba przypisana</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write a note… (Ctrl+Enter adds it)</source>
        <translation>Napisz notatkę… (Ctrl+Enter ją dodaje)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;note</source>
        <translation>Dodaj &amp;notatkę</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>No queue</source>
        <translation>Bez kolejki</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unassigned</source>
        <translation>Nieprzypisane</translation>
    </message>
    <message numerus="yes">
        <location line="+81"/>
        <source>Every %Ln day(s), next %1</source>
        <translation>
            <numerusform>Co %Ln dzień, następny %1</numerusform>
            <numerusform>Co %Ln dni, następny %1</numerusform>
            <numerusform>Co %Ln dni, następny %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Call back</source>
        <translation>Oddzwonić</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Not saved</source>
        <translation>Nie zapisano</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>{score} of {top}</source>
        <translation>{score} z {top}</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/ticket_facts.py" line="+113"/>
        <source>No ticket selected. Choose one in the list to read it here.</source>
        <translation>Nie wybrano zgłoszenia. Wybierz je z listy, aby zobaczyć je tutaj.</translation>
    </message>
</context>
<context>
    <name>TicketHeader</name>
    <message>
        <location filename="../desk_app/ui/ticket_header.py" line="+36"/>
        <source>Customer:</source>
        <translation>Klient:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
</context>
<context>
    <name>TicketListPanel</name>
    <message>
        <location filename="../desk_app/ui/ticket_list_panel.py" line="+68"/>
        <source>Search subject, description, customer, number, phone, email… (Ctrl+F)</source>
        <translation>Szukaj w temacie, opisie, kliencie, numerze, telefonie, e-mailu… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any status</source>
        <translation>Dowolny status</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any priority</source>
        <translation>Dowolny priorytet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Narrows the chosen view</source>
        <translation>Zawęża wybrany widok</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Any queue</source>
        <translation>Dowolna kolejka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My queues</source>
        <translation>Moje kolejki</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anyone</source>
        <translation>Dowolna osoba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Me</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unassigned</source>
        <translation>Nieprzypisane</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>Reset columns</source>
        <translation>Przywróć kolumny</translation>
    </message>
</context>
<context>
    <name>TicketTableModel</name>
    <message>
        <location filename="../desk_app/ui/ticket_model.py" line="+80"/>
        <source>Number</source>
        <translation>Numer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Priorytet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue</source>
        <translation>Kolejka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignee</source>
        <translation>Osoba przypisana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last activity</source>
        <translation>Ostatnia aktywność</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLA due</source>
        <translation>Termin SLA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call back</source>
        <translation>Oddzwonić</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier</source>
        <translation>Poziom</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Paused</source>
        <translation>Wstrzymane</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Met</source>
        <translation>Dotrzymane</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missed</source>
        <translation>Przekroczone</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paused, missed</source>
        <translation>Wstrzymano, po terminie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Overdue {late}</source>
        <translation>Po terminie {late}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The clocks are paused while the ticket waits</source>
        <translation>Zegary SLA są wstrzymane, dopóki zgłoszenie czeka</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A target was missed before the ticket began waiting; the clocks are paused</source>
        <translation>Termin jednego z celów minął, zanim zgłoszenie zaczęło czekać; zegary są wstrzymane</translation>
    </message>
    <message>
        <location line="+233"/>
        <source>Complaint: {subject}</source>
        <translation>Skarga: {subject}</translation>
    </message>
    <message>
        <location line="-239"/>
        <source>Due {when}</source>
        <translation>Termin {when}</translation>
    </message>
    <message>
        <location line="+270"/>
        <source>Unassigned</source>
        <translation>Nieprzypisane</translation>
    </message>
</context>
<context>
    <name>TierGlanceDialog</name>
    <message>
        <location filename="../desk_app/ui/tier_glance_dialog.py" line="+38"/>
        <source>Tiers at a glance</source>
        <translation>Poziomy jednym rzutem oka</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tier and queue</source>
        <translation>Poziom i kolejka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Otwarte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oldest</source>
        <translation>Najstarsze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breaching</source>
        <translation>Po terminie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalated in today</source>
        <translation>Eskalacje przychodzące dziś</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalated out today</source>
        <translation>Eskalacje wychodzące dziś</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Tiers and their queues:</source>
        <translation>&amp;Poziomy i ich kolejki:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Odśwież</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>In no queue</source>
        <translation>Bez kolejki</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No queues yet.</source>
        <translation>Brak kolejek.</translation>
    </message>
</context>
<context>
    <name>TopForm</name>
    <message>
        <location filename="../desk_app/ui/catalogue_top_form.py" line="+37"/>
        <source>High</source>
        <translation>Wysoki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>Średni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>Niski</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Default &amp;queue:</source>
        <translation>Domyślna kole&amp;jka:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default &amp;priority:</source>
        <translation>Domyślny prio&amp;rytet:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Priority &amp;matrix</source>
        <translation>&amp;Macierz priorytetów</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Impact / urgency</source>
        <translation>Wpływ / pilność</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Impact {impact}, urgency {urgency}</source>
        <translation>Wpływ: {impact}, pilność: {urgency}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Queue ru&amp;les</source>
        <translation>Re&amp;guły kolejek</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Queue rules</source>
        <translation>Reguły kolejek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category code</source>
        <translation>Kod kategorii</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Places (separated by ;)</source>
        <translation>Miejsca (oddzielone ;)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Queue</source>
        <translation>Kolejka</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add rul&amp;e</source>
        <translation>&amp;Dodaj regułę</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rem&amp;ove rule</source>
        <translation>Usuń regu&amp;łę</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../desk_app/services/messages.py" line="+49"/>
        <source>This field is required.</source>
        <translation>To pole jest wymagane.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too long: {length} characters, at most {limit} are allowed.</source>
        <translation>Za długie: {length} znaków, dozwolone najwyżej {limit}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not a valid phone number. Use digits, optionally starting with +.</source>
        <translation>Nieprawidłowy numer telefonu. Użyj cyfr, opcjonalnie poprzedzonych znakiem +.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose one of the offered values.</source>
        <translation>Wybierz jedną z proponowanych wartości.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This record no longer exists.</source>
        <translation>Ten rekord już nie istnieje.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contains characters that cannot be stored.</source>
        <translation>Zawiera znaki, których nie można zapisać.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a whole number from {low} to {high}.</source>
        <translation>Podaj liczbę całkowitą od {low} do {high}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The extra fields could not be read.</source>
        <translation>Nie można odczytać dodatkowych pól.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You already have a view with this name.</source>
        <translation>Masz już widok o tej nazwie.</translation>
    </message>
    <message>
        <location filename="../desk_app/services/links.py" line="+43"/>
        <source>A ticket cannot be linked or merged with itself.</source>
        <translation>Zgłoszenia nie można powiązać ani scalić z nim samym.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These tickets are linked already.</source>
        <translation>Te zgłoszenia są już powiązane.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These tickets are not linked.</source>
        <translation>Te zgłoszenia nie są powiązane.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This ticket was merged into {number} already.</source>
        <translation>To zgłoszenie zostało już scalone z {number}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{number} was merged into this ticket; merge the other way round.</source>
        <translation>{number} zostało scalone z tym zgłoszeniem; scal w odwrotnym kierunku.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No ticket has the number {number}.</source>
        <translation>Żadne zgłoszenie nie ma numeru {number}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several tickets end in {number}; type more of the number.</source>
        <translation>Kilka zgłoszeń kończy się na {number}; wpisz więcej cyfr numeru.</translation>
    </message>
    <message>
        <location filename="../desk_app/services/catalogue.py" line="+84"/>
        <source>The category catalogue {path} cannot be used: {reason}. The built-in catalogue is used instead.</source>
        <translation>Nie można użyć katalogu kategorii {path}: {reason}. Używany jest katalog wbudowany.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter a number.</source>
        <translation>Podaj liczbę.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a whole number.</source>
        <translation>Podaj liczbę całkowitą.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a number from {low} to {high}.</source>
        <translation>Podaj liczbę od {low} do {high}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a number of at least {low}.</source>
        <translation>Podaj liczbę nie mniejszą niż {low}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a number of at most {high}.</source>
        <translation>Podaj liczbę nie większą niż {high}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a real date as YYYY-MM-DD.</source>
        <translation>Podaj prawidłową datę w formacie RRRR-MM-DD.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This value is of the wrong kind for this field.</source>
        <translation>Ta wartość ma niewłaściwy typ dla tego pola.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The built-in category catalogue {path} cannot be used: {reason}. Tickets are saved without categories until Maktab is reinstalled.</source>
        <translation>Nie można użyć wbudowanego katalogu kategorii {path}: {reason}. Zgłoszenia są zapisywane bez kategorii do czasu ponownej instalacji programu Maktab.</translation>
    </message>
    <message>
        <location filename="../desk_app/services/priority.py" line="+18"/>
        <source>This priority is not used for the chosen category.</source>
        <translation>Ten priorytet nie jest używany w wybranej kategorii.</translation>
    </message>
    <message>
        <location filename="../desk_app/services/contacts.py" line="+33"/>
        <source>A contact lasts less than a day.</source>
        <translation>Kontakt trwa krócej niż dzień.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a time that is still to come.</source>
        <translation>Wybierz czas, który jeszcze nie nadszedł.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ticket is resolved; reopen it to plan a follow-up.</source>
        <translation>Zgłoszenie jest rozwiązane; otwórz je ponownie, aby zaplanować kontakt.</translation>
    </message>
    <message>
        <location filename="../desk_app/services/resolution.py" line="+33"/>
        <source>The ticket is resolved already.</source>
        <translation>Zgłoszenie jest już rozwiązane.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This ticket was merged into another; resolve that one.</source>
        <translation>To zgłoszenie scalono z innym; rozwiąż tamto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only a resolved or closed ticket can be reopened.</source>
        <translation>Ponownie otworzyć można tylko rozwiązane lub zamknięte zgłoszenie.</translation>
    </message>
    <message>
        <location filename="../desk_app/services/bulk.py" line="+39"/>
        <source>Resolved or closed: reopen it first.</source>
        <translation>Rozwiązane lub zamknięte: najpierw otwórz ponownie.</translation>
    </message>
    <message>
        <location filename="../desk_app/services/messages.py" line="-25"/>
        <source>Too few digits for a phone number ({count} typed).</source>
        <translation>Za mało cyfr jak na numer telefonu (wpisano {count}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many digits for a phone number ({count} typed).</source>
        <translation>Za dużo cyfr jak na numer telefonu (wpisano {count}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown country code: after the + comes the code of the country.</source>
        <translation>Nieznany kod kraju: po znaku + wpisz kod kraju.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not a valid email address: check the characters typed.</source>
        <translation>Nieprawidłowy adres e-mail: sprawdź wpisane znaki.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An email address has one @ between a name and a domain.</source>
        <translation>Adres e-mail ma jeden znak @ między nazwą a domeną.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An email address has no spaces.</source>
        <translation>Adres e-mail nie zawiera spacji.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the @ comes a domain name with a dot in it; check that part.</source>
        <translation>Po znaku @ następuje nazwa domeny z kropką; sprawdź tę część.</translation>
    </message>
    <message>
        <location filename="../desk_app/services/people.py" line="+46"/>
        <source>A PIN is made of digits only.</source>
        <translation>PIN składa się wyłącznie z cyfr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PIN has {low} to {high} digits.</source>
        <translation>PIN ma od {low} do {high} cyfr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The two PINs are not the same.</source>
        <translation>Podane kody PIN się różnią.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A user name has no spaces.</source>
        <translation>Nazwa użytkownika nie zawiera spacji.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone already has this user name.</source>
        <translation>Ktoś już ma tę nazwę użytkownika.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You cannot do this to yourself: ask another administrator.</source>
        <translation>Nie możesz zrobić tego sobie: poproś innego administratora.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrong PIN. Tries left before a pause: {left}.</source>
        <translation>Błędny PIN. Próby pozostałe do przerwy: {left}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many wrong PINs. Minutes to wait before trying again: {minutes}.</source>
        <translation>Zbyt wiele błędnych kodów PIN. Minuty do następnej próby: {minutes}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This person has no PIN yet: an administrator sets one under People.</source>
        <translation>Ta osoba nie ma jeszcze kodu PIN: administrator ustawia go w sekcji Osoby.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This person may no longer use the desk.</source>
        <translation>Ta osoba nie może już korzystać ze stanowiska.</translation>
    </message>
    <message>
        <location filename="../desk_app/services/queues.py" line="+34"/>
        <source>Another queue of this branch already has this name.</source>
        <translation>Inna kolejka tego oddziału ma już tę nazwę.</translation>
    </message>
    <message>
        <location filename="../desk_app/services/branch_levels.py" line="+78"/>
        <source>Give at least one period of working hours.</source>
        <translation>Podaj co najmniej jeden okres godzin pracy.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A period of working hours ends before it starts.</source>
        <translation>Okres godzin pracy kończy się, zanim się zacznie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Two periods of working hours overlap.</source>
        <translation>Dwa okresy godzin pracy nakładają się.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave at least one working day in the week.</source>
        <translation>Zostaw co najmniej jeden dzień roboczy w tygodniu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A weekday is numbered 1 (Monday) to 7 (Sunday).</source>
        <translation>Dni tygodnia mają numery od 1 (poniedziałek) do 7 (niedziela).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A holiday falls in a year from 1900 to 2200.</source>
        <translation>Dzień wolny musi przypadać w roku od 1900 do 2200.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This day is already in the list.</source>
        <translation>Ten dzień jest już na liście.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep at most {limit} holidays.</source>
        <translation>Zachowaj najwyżej {limit} dni wolnych.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A target is a whole number of minutes from 1 to {limit}.</source>
        <translation>Cel to całkowita liczba minut od 1 do {limit}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Priorities are numbered 1 to 4.</source>
        <translation>Priorytety mają numery od 1 do 4.</translation>
    </message>
    <message>
        <location filename="../desk_app/services/escalation.py" line="+73"/>
        <source>The ticket is already in this queue.</source>
        <translation>Zgłoszenie jest już w tej kolejce.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You may not send the ticket to this queue this way.</source>
        <translation>Nie możesz w ten sposób przekazać zgłoszenia do tej kolejki.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a team lead or supervisor.</source>
        <translation>Wybierz kierownika zespołu lub przełożonego.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This person cannot receive tickets.</source>
        <translation>Ta osoba nie może otrzymywać zgłoszeń.</translation>
    </message>
    <message>
        <location filename="../desk_app/services/escalation_policy.py" line="+28"/>
        <source>An escalation rule fires at 75 or 100 percent with a known action.</source>
        <translation>Reguła eskalacji działa przy 75 lub 100 procentach ze znaną czynnością.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Two escalation rules of a priority are the same.</source>
        <translation>Dwie reguły eskalacji tego priorytetu są takie same.</translation>
    </message>
    <message>
        <location filename="../desk_app/services/knowledge_edit.py" line="+36"/>
        <source>Write the title and the text in Arabic, in English, or in both.</source>
        <translation>Wpisz tytuł i treść po arabsku, po angielsku albo w obu językach.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This title has no text: write its text.</source>
        <translation>Ten tytuł nie ma treści: wpisz jego treść.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This text has no title: give it a title.</source>
        <translation>Ta treść nie ma tytułu: nadaj jej tytuł.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The review date has passed: choose a later day.</source>
        <translation>Data przeglądu minęła: wybierz późniejszy dzień.</translation>
    </message>
    <message>
        <location filename="../desk_app/services/knowledge_tier0.py" line="+30"/>
        <source>This article is not published, so it cannot answer a call.</source>
        <translation>Ten artykuł nie jest opublikowany, więc nie może odpowiedzieć na zgłoszenie.</translation>
    </message>
    <message>
        <location filename="../desk_app/services/letter_templates.py" line="+43"/>
        <source>Unknown placeholder {{{{{name}}}}}: use one from the list.</source>
        <translation>Nieznane pole {{{{{name}}}}}: wybierz jedno z listy.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A placeholder is not closed: write it as {{{{name}}}}.</source>
        <translation>Pole nie jest zamknięte: zapisz je jako {{{{name}}}}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A template needs its Arabic or English text.</source>
        <translation>Szablon potrzebuje tekstu po arabsku lub po angielsku.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A template code is lower-case Latin letters, digits, - and _.</source>
        <translation>Kod szablonu to małe litery łacińskie, cyfry, - i _.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Two templates have the code {code}.</source>
        <translation>Dwa szablony mają kod {code}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown kind of letter.</source>
        <translation>Nieznany rodzaj pisma.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most {limit} templates are allowed.</source>
        <translation>Dozwolonych jest najwyżej {limit} szablonów.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a library of letter templates.</source>
        <translation>To nie jest biblioteka szablonów pism.</translation>
    </message>
    <message>
        <location filename="../desk_app/services/saved_reports.py" line="+44"/>
        <source>The last day comes before the first.</source>
        <translation>Ostatni dzień jest przed pierwszym.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most {limit} days in one report.</source>
        <translation>Najwyżej {limit} dni w jednym raporcie.</translation>
    </message>
    <message>
        <location filename="../desk_app/services/attachment_types.py" line="+19"/>
        <source>The file is too big: {size} MB; at most {limit} MB can be attached.</source>
        <translation>Plik jest za duży: {size} MB; można dołączyć najwyżej {limit} MB.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is empty.</source>
        <translation>Plik jest pusty.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programs cannot be attached: this file is an executable or a script.</source>
        <translation>Nie można dołączać programów: ten plik jest programem wykonywalnym lub skryptem.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This kind of file cannot be attached. Attach a PDF, an image (PNG, JPEG, TIFF, GIF), a text file, or an Office or OpenDocument file.</source>
        <translation>Tego rodzaju pliku nie można dołączyć. Dołącz PDF, obraz (PNG, JPEG, TIFF, GIF), plik tekstowy albo plik Office lub OpenDocument.</translation>
    </message>
    <message>
        <location filename="../desk_app/services/attachments.py" line="+51"/>
        <source>Attach the file to a ticket or a register entry.</source>
        <translation>Dołącz plik do zgłoszenia lub do wpisu w rejestrze.</translation>
    </message>
    <message>
        <location filename="../desk_app/services/email_out.py" line="+38"/>
        <source>E-mail is not set up on this desk: ask an administrator.</source>
        <translation>Poczta e-mail nie jest skonfigurowana na tym stanowisku: poproś administratora.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The mail server did not accept the letter; it was not sent.</source>
        <translation>Serwer poczty nie przyjął listu; nie został wysłany.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The mail server could not be reached; the letter was not sent.</source>
        <translation>Nie udało się połączyć z serwerem poczty; list nie został wysłany.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The mail server refused the user name or password kept on this computer.</source>
        <translation>Serwer poczty odrzucił nazwę użytkownika lub hasło zapisane na tym komputerze.</translation>
    </message>
    <message>
        <location filename="../desk_app/services/email_settings.py" line="+34"/>
        <source>Give the mail server&apos;s name or address.</source>
        <translation>Podaj nazwę lub adres serwera poczty.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A server name has letters, digits, dots and hyphens only.</source>
        <translation>Nazwa serwera składa się tylko z liter, cyfr, kropek i łączników.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the address letters are sent from.</source>
        <translation>Podaj adres, z którego wysyłane są listy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer has no keyring to keep the password in: mail cannot be set up here.</source>
        <translation>Ten komputer nie ma magazynu kluczy na hasło: nie można tu skonfigurować poczty.</translation>
    </message>
    <message>
        <location filename="../desk_app/services/letters.py" line="+55"/>
        <source>This template has no text in the language chosen: choose another template or language.</source>
        <translation>Ten szablon nie ma tekstu w wybranym języku: wybierz inny szablon lub język.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The customer has no postal address: add it to the customer, or send it another way.</source>
        <translation>Klient nie ma adresu pocztowego: dodaj go do danych klienta albo wyślij inaczej.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The customer has no e-mail address: add it to the customer, or send it another way.</source>
        <translation>Klient nie ma adresu e-mail: dodaj go do danych klienta albo wyślij inaczej.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say where the fax goes: a fax number.</source>
        <translation>Podaj, dokąd idzie faks: numer faksu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This ticket has no customer to write to: choose the customer first.</source>
        <translation>To zgłoszenie nie ma klienta, do którego można pisać: najpierw wybierz klienta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The letter has no text: write it before saving.</source>
        <translation>List nie ma treści: napisz ją przed zapisaniem.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This template is no longer in the library.</source>
        <translation>Tego szablonu nie ma już w bibliotece.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a memo template: a letter template is for customers.</source>
        <translation>Wybierz szablon notatki: szablon listu jest dla klientów.</translation>
    </message>
    <message>
        <location filename="../desk_app/services/register.py" line="+87"/>
        <source>A memo is internal: register letters, faxes and e-mails as incoming or outgoing.</source>
        <translation>Notatka jest wewnętrzna: listy, faksy i e-maile rejestruj jako przychodzące lub wychodzące.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An internal entry is a memo.</source>
        <translation>Wpis wewnętrzny to notatka.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say whom the memo is for: a person, a queue or a department.</source>
        <translation>Podaj, do kogo jest notatka: osoba, kolejka lub dział.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A reply answers an incoming item: choose a received letter, fax or e-mail.</source>
        <translation>Odpowiedź dotyczy pozycji przychodzącej: wybierz otrzymany list, faks lub e-mail.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only an outgoing item can be a reply.</source>
        <translation>Odpowiedzią może być tylko pozycja wychodząca.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose Arabic or English.</source>
        <translation>Wybierz arabski lub angielski.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This date is in the future: check it.</source>
        <translation>Ta data jest w przyszłości: sprawdź ją.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/register_record_dialog.py" line="-157"/>
        <source>This file cannot be read: check it is still there.</source>
        <translation>Nie można odczytać pliku: sprawdź, czy nadal istnieje.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/snippets.py" line="+28"/>
        <source>A snippet&apos;s name is one word of letters, digits, - and _.</source>
        <translation>Nazwa fragmentu to jedno słowo z liter, cyfr, - i _.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Two snippets are called {name}.</source>
        <translation>Dwa fragmenty nazywają się {name}.</translation>
    </message>
</context>
<context>
    <name>ViewNameDialog</name>
    <message>
        <location filename="../desk_app/ui/view_dialogs.py" line="-50"/>
        <source>&amp;Name</source>
        <translation>&amp;Nazwa</translation>
    </message>
</context>
<context>
    <name>WeekendBox</name>
    <message>
        <location filename="../desk_app/ui/levels_hours.py" line="+100"/>
        <source>Weekend</source>
        <translation>Weekend</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../desk_app/ui/admin_audit_page.py" line="-187"/>
        <source>Export the audit log</source>
        <translation>Eksport dziennika audytu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
</context>
</TS>
