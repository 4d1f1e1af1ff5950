/**
 * First names by gender, as data for resolving `han`/`hun` to the most recent person of that gender.
 *
 * Source: the most common first names in Denmark across generations as the compiler knows them
 * from Danmarks Statistik's name statistics ("Navne i hele befolkningen"), plus first names common
 * in international news (Nordic, English, German, French, Italian, Spanish, Portuguese, Slavic,
 * Baltic, Hungarian, Arabic, Turkish, Persian, Hebrew, South Asian, African), compiled from the
 * compiler's own general knowledge. Not taken from any evaluation or seed text.
 *
 * Names used for both genders (in Denmark or across these languages) are in neither list; see
 * {@link AMBIGUOUS_GENDER_NAMES}. All entries are lowercase; look names up with
 * {@link genderOfFirstName}, which also folds case, accents and a genitive `-s`.
 * @module
 */
import { memoizeWord } from '../nlp/memo.js';

/** Female first names, lowercase. */
export const FEMALE_FIRST_NAMES: ReadonlySet<string> = new Set([
  // Danish (most common names across generations)
  'anne', 'kirsten', 'mette', 'hanne', 'anna', 'helle', 'susanne', 'lene', 'maria', 'marianne', 'lone', 'camilla',
  'pia', 'louise', 'charlotte', 'inge', 'bente', 'tina', 'gitte', 'karen', 'jette', 'ida', 'malene', 'julie', 'emma',
  'laura', 'sofie', 'sofia', 'ella', 'freja', 'clara', 'klara', 'karla', 'alma', 'agnes', 'olivia', 'nora',
  'josefine', 'mathilde', 'sara', 'sarah', 'ellen', 'hanna', 'hannah', 'lærke', 'signe', 'cecilie', 'line', 'katrine',
  'kathrine', 'christina', 'christine', 'kristina', 'kristine', 'birgitte', 'birthe', 'birte', 'lisbeth', 'grethe',
  'grete', 'ingrid', 'ruth', 'else', 'elsebeth', 'ulla', 'dorte', 'dorthe', 'vibeke', 'annette', 'anette', 'jytte',
  'rikke', 'trine', 'randi', 'merete', 'merethe', 'margrethe', 'karin', 'eva', 'marie', 'mia', 'emilie', 'amalie',
  'frida', 'isabella', 'victoria', 'viktoria', 'caroline', 'sanne', 'stine', 'nanna', 'maja', 'mille', 'astrid',
  'asta', 'ellie', 'liva', 'luna', 'lea', 'leah', 'alberte', 'esther', 'ester', 'vera', 'ingeborg', 'kamilla',
  'johanne', 'tove', 'edith', 'gudrun', 'dagmar', 'gerda', 'elisabeth', 'bodil', 'lis', 'lise', 'lisa', 'britt',
  'brit', 'connie', 'heidi', 'henriette', 'jane', 'janne', 'jeanette', 'jeannette', 'karina', 'katja', 'lotte',
  'mona', 'nina', 'pernille', 'rita', 'solveig', 'sonja', 'tanja', 'ulrikke', 'winnie', 'yvonne', 'agnete', 'aase',
  'åse', 'betina', 'bettina', 'carina', 'ditte', 'emilia', 'filippa', 'gry', 'gunhild', 'hedvig', 'helga', 'ingelise',
  'inger', 'irene', 'iben', 'ane', 'anja', 'annemette', 'annie', 'benedikte', 'berit', 'bitten', 'dorthea', 'ea',
  'elin', 'eline', 'elna', 'emmy', 'erna', 'fie', 'gertrud', 'gurli', 'helene', 'hilda', 'hilde', 'inga', 'jenny',
  'jensine', 'johanna', 'josephine', 'julia', 'laila', 'lilly', 'lily', 'lina', 'linda', 'liselotte', 'lykke',
  'magda', 'magdalena', 'majbritt', 'maibritt', 'margit', 'marlene', 'martha', 'marta', 'minna', 'naja', 'nadia',
  'natasja', 'olga', 'petra', 'regitze', 'rebecca', 'rebekka', 'rosa', 'sabrina', 'selma', 'silje', 'sigrid', 'sine',
  'sidsel', 'stella', 'susan', 'sussi', 'thea', 'tilde', 'ursula', 'vilma', 'viola', 'wilma', 'zenia', 'ninna',
  'tenna', 'tine', 'kirstine', 'karoline', 'vivi', 'malou', 'molly', 'mynte', 'saga', 'silke', 'nathalie', 'natalie',
  'anita', 'annelise', 'anni', 'birgit', 'dorrit', 'ellinor', 'elise', 'gyda', 'hjørdis', 'jonna', 'kristiane', 'mai',
  'majken', 'mariane', 'marina', 'meta', 'oda', 'pauline', 'ragnhild', 'rigmor', 'sally', 'stinne', 'sus', 'vita',
  'yrsa', 'marit',
  // other Nordic (Swedish, Norwegian, Finnish, Icelandic)
  'ebba', 'greta', 'sanna', 'kristalina', 'annika', 'anneli', 'birgitta', 'cecilia', 'elsa', 'frederikke', 'hedda',
  'ingvild', 'jorunn', 'kari', 'katarina', 'kristin', 'linnea', 'liv', 'maren', 'ragna', 'siv', 'stina', 'tuva',
  'wenche', 'åsa', 'aino', 'päivi', 'riikka', 'tarja', 'tuula', 'katrín', 'sigríður', 'vigdís', 'jóhanna', 'gro',
  // English-speaking countries
  'elizabeth', 'mary', 'jennifer', 'patricia', 'jessica', 'betty', 'sandra', 'kimberly', 'emily', 'donna', 'michelle',
  'carol', 'amanda', 'melissa', 'deborah', 'stephanie', 'sharon', 'cynthia', 'kathleen', 'amy', 'angela', 'helen',
  'catherine', 'katherine', 'kate', 'diana', 'hillary', 'madeleine', 'condoleezza', 'nikki', 'kamala', 'theresa',
  'margaret', 'priti', 'liz', 'meghan', 'beyoncé', 'oprah', 'serena', 'venus', 'rachel', 'sophie', 'alice', 'grace',
  'lucy', 'chloe', 'amelia', 'judith', 'barbara', 'dorothy', 'virginia', 'joyce', 'marilyn', 'madonna', 'rihanna',
  'britney', 'meryl', 'nicole', 'scarlett', 'angelina', 'nancy', 'janet', 'pamela', 'samantha', 'brenda', 'heather',
  'megan', 'lauren', 'abigail', 'sheila', 'gillian', 'fiona', 'kirsty', 'siobhan', 'bridget', 'maureen', 'eileen',
  'tracey', 'wendy', 'hayley', 'gemma', 'harriet', 'jacinda', 'ivanka', 'melania', 'jill', 'hope', 'faith',
  'marjorie', 'alexandria', 'ilhan', 'rashida', 'kristi', 'tulsi', 'susie', 'debbie', 'kathy', 'cathy', 'penny',
  'rosie', 'isla', 'evie', 'poppy', 'daisy', 'imogen', 'phoebe', 'holly', 'zoe', 'zoë', 'naomi', 'miriam', 'eleanor',
  // German-speaking countries
  'annegret', 'annalena', 'sahra', 'franziska', 'katharina', 'sabine', 'claudia', 'heike', 'monika', 'renate',
  'brigitte', 'gisela', 'ute', 'uta', 'anke', 'frauke', 'steffi', 'jutta', 'ulrike', 'ricarda', 'svenja', 'manuela',
  'beate', 'hildegard', 'ilse', 'margot', 'doris', 'elke',
  // French
  'marine', 'ségolène', 'élisabeth', 'élise', 'valérie', 'isabelle', 'sylvie', 'françoise', 'rachida', 'najat',
  'amélie', 'juliette', 'aurélie', 'céline', 'chantal', 'danielle', 'delphine', 'florence', 'hélène', 'josiane',
  'laure', 'laurence', 'martine', 'monique', 'mireille', 'nadine', 'pascale', 'sandrine', 'virginie', 'agnès',
  'anne-sophie', 'élodie', 'léa', 'manon', 'chloé', 'clémence', 'margaux', 'océane',
  // Italian, Spanish, Portuguese and Latin American
  'giorgia', 'federica', 'francesca', 'giulia', 'chiara', 'elena', 'alessandra', 'paola', 'valentina', 'silvia',
  'roberta', 'lucia', 'carla', 'ilaria', 'elisabetta', 'beatrice', 'carmen', 'isabel', 'pilar', 'dolores', 'lucía',
  'ana', 'cristina', 'letizia', 'inés', 'begoña', 'yolanda', 'soraya', 'esperanza', 'gabriela', 'dilma', 'evita',
  'rigoberta', 'mercedes', 'montserrat', 'raquel', 'rocío', 'teresa', 'luisa', 'ximena', 'guadalupe', 'verónica',
  'marisa', 'sónia', 'fernanda', 'beatriz', 'graça', 'conceição',
  // Slavic, Baltic and Hungarian
  'svetlana', 'tatiana', 'tatjana', 'tatyana', 'irina', 'ljudmila', 'lyudmila', 'jelena', 'yelena', 'yulia', 'julija',
  'anastasia', 'anastasija', 'jekaterina', 'yekaterina', 'ekaterina', 'natalja', 'natalia', 'natalya', 'oksana',
  'nadezjda', 'nadezhda', 'marija', 'agnieszka', 'katarzyna', 'małgorzata', 'malgorzata', 'beata', 'ewa', 'joanna',
  'dorota', 'vesna', 'milica', 'dragana', 'snežana', 'jasmina', 'zuzana', 'jana', 'ivana', 'lenka', 'věra', 'hana',
  'daria', 'darja', 'alina', 'ksenija', 'ksenia', 'kseniya', 'galina', 'larisa', 'lyudmyla', 'liudmyla', 'iryna',
  'olena', 'halyna', 'maryna', 'valeria', 'veronika', 'viktoriya', 'zoja', 'zoya', 'raisa', 'ludmila', 'kaja',
  'kersti', 'ingrida', 'dalia', 'vaira', 'katalin', 'ildikó', 'judit', 'zsuzsanna', 'éva', 'krisztina',
  // Arabic, Turkish, Persian, Hebrew, South Asian, African and others
  'fatima', 'fatma', 'aisha', 'aicha', 'ayesha', 'khadija', 'khadidja', 'mariam', 'maryam', 'zainab', 'zaynab',
  'amina', 'layla', 'leila', 'hiba', 'rania', 'noura', 'huda', 'salma', 'samira', 'yasmina', 'yasmin', 'jasmin',
  'hanan', 'asma', 'iman', 'rasha', 'dina', 'reem', 'ranya', 'malak', 'najla', 'hind', 'ayşe', 'ayse', 'zeynep',
  'elif', 'emine', 'hatice', 'meryem', 'esra', 'merve', 'büşra', 'özlem', 'gül', 'sevim', 'dilek', 'tuba', 'canan',
  'songül', 'hülya', 'leyla', 'yasemin', 'sibel', 'selin', 'aylin', 'ebru', 'nilüfer', 'tülay', 'shirin', 'farah',
  'parisa', 'zahra', 'narges', 'nasrin', 'mahsa', 'roya', 'azadeh', 'nazanin', 'golnaz', 'fariba', 'mina', 'neda',
  'sima', 'setareh', 'bahar', 'taraneh', 'parvin', 'fereshteh', 'hodan', 'fadumo', 'asha', 'ayaan', 'indira', 'sonia',
  'priyanka', 'priya', 'sunita', 'pooja', 'lakshmi', 'nirmala', 'mamata', 'benazir', 'malala', 'golda', 'tzipi',
  'ayelet', 'miri', 'shira', 'tamar', 'yael', 'rivka', 'hadas', 'esti', 'halima', 'nawal', 'souad', 'latifa',
  'nabila', 'samia', 'wafa', 'rim', 'mouna',
]);

/** Male first names, lowercase. */
export const MALE_FIRST_NAMES: ReadonlySet<string> = new Set([
  // Danish (most common names across generations)
  'peter', 'jens', 'lars', 'michael', 'henrik', 'thomas', 'søren', 'jan', 'christian', 'martin', 'niels', 'anders',
  'morten', 'jesper', 'mads', 'rasmus', 'hans', 'per', 'jørgen', 'ole', 'erik', 'poul', 'paul', 'carsten', 'karsten',
  'kasper', 'casper', 'klaus', 'claus', 'frederik', 'mikkel', 'torben', 'jakob', 'jacob', 'allan', 'bo', 'steen',
  'sten', 'kenneth', 'brian', 'kristian', 'christoffer', 'kristoffer', 'jonas', 'nikolaj', 'nicolai', 'nicolaj',
  'simon', 'daniel', 'tobias', 'mathias', 'matthias', 'emil', 'oliver', 'william', 'noah', 'lucas', 'lukas', 'victor',
  'viktor', 'magnus', 'alexander', 'sebastian', 'malthe', 'oscar', 'oskar', 'carl', 'karl', 'valdemar', 'alfred',
  'arthur', 'august', 'aksel', 'axel', 'elias', 'felix', 'johan', 'johannes', 'otto', 'theo', 'theodor', 'hugo',
  'albert', 'louis', 'liam', 'adam', 'benjamin', 'villads', 'vincent', 'storm', 'bertram', 'konrad', 'marius',
  'mikael', 'finn', 'flemming', 'preben', 'bent', 'bjarne', 'arne', 'aage', 'åge', 'knud', 'svend', 'sven', 'leif',
  'kurt', 'kaj', 'kai', 'erling', 'egon', 'gunnar', 'harald', 'helge', 'holger', 'ib', 'jørn', 'kjeld', 'keld',
  'mogens', 'palle', 'verner', 'werner', 'villy', 'willy', 'tage', 'viggo', 'børge', 'ejner', 'einar', 'eigil',
  'ernst', 'frank', 'frede', 'gert', 'gerhard', 'gustav', 'henning', 'ivan', 'johnny', 'jimmy', 'john', 'jon',
  'jonathan', 'kenn', 'kennet', 'kent', 'lasse', 'leo', 'lennart', 'mark', 'marc', 'markus', 'marcus', 'max',
  'nicklas', 'niklas', 'ove', 'peder', 'povl', 'rené', 'rene', 'robert', 'rolf', 'rune', 'sune', 'stefan', 'steffen',
  'stig', 'tim', 'tommy', 'tom', 'tonny', 'torsten', 'thorsten', 'troels', 'uffe', 'ulrik', 'vagn', 'valter',
  'walther', 'bjørn', 'dan', 'david', 'dennis', 'esben', 'glenn', 'hasse', 'jeppe', 'jannik', 'janus', 'laurits',
  'lauritz', 'laust', 'orla', 'peer', 'rudi', 'sigurd', 'sofus', 'torkild', 'thorkild', 'vilhelm', 'wilhelm', 'asger',
  'anker', 'anton', 'arnold', 'birger', 'carlo', 'christen', 'dines', 'eske', 'hjalte', 'ivar', 'iver', 'lauge',
  'nis', 'oluf', 'sejr', 'tue', 'ulf', 'bendt', 'bendix', 'ejvind', 'eyvind', 'frits', 'fritz', 'gorm', 'halfdan',
  'hans-henrik', 'helmer', 'jonatan', 'joakim', 'joachim', 'mathis', 'mattias', 'niclas', 'nikolai', 'philip',
  'phillip', 'silas', 'sixten', 'tonni', 'bastian', 'benny', 'christopher', 'dean', 'ebbe', 'finnur', 'frej',
  'hector', 'ingvar', 'jimmi', 'johnni', 'kaare', 'kåre', 'leon', 'magne', 'mats', 'milas', 'nils', 'olav', 'olaf',
  'osvald', 'patrick', 'pelle', 'ragnar', 'roar', 'sigfred', 'thor', 'tor', 'torvald', 'valde', 'yngve',
  // other Nordic (Swedish, Norwegian, Finnish, Icelandic)
  'olof', 'göran', 'gustaf', 'fredrik', 'sauli', 'juha', 'antti', 'jussi', 'matti', 'pekka', 'bengt', 'björn',
  'håkan', 'kjell', 'olle', 'pär', 'sture', 'sverre', 'trond', 'espen', 'geir', 'håvard', 'jan-erik', 'jostein',
  'knut', 'odd', 'petter', 'svein', 'terje', 'torbjørn', 'vidar', 'øystein', 'kristjan', 'sigmundur', 'bjarni',
  'davíð', 'ólafur', 'guðni', 'halldór', 'jari', 'kimmo', 'sakari', 'timo', 'urho', 'esko', 'paavo', 'heikki',
  'kalle',
  // English-speaking countries
  'james', 'richard', 'joseph', 'charles', 'matthew', 'anthony', 'donald', 'steven', 'andrew', 'joshua', 'kevin',
  'george', 'timothy', 'ronald', 'edward', 'jason', 'jeffrey', 'ryan', 'gary', 'nicholas', 'eric', 'stephen', 'larry',
  'justin', 'scott', 'brandon', 'samuel', 'gregory', 'raymond', 'jack', 'jerry', 'tyler', 'aaron', 'henry', 'douglas',
  'nathan', 'zachary', 'walter', 'harold', 'kyle', 'gerald', 'roger', 'keith', 'jeremy', 'lawrence', 'sean', 'joe',
  'ethan', 'austin', 'jesse', 'willie', 'billy', 'bryan', 'bruce', 'ralph', 'roy', 'eugene', 'wayne', 'dylan', 'alan',
  'harry', 'barack', 'bill', 'hunter', 'mike', 'mitch', 'rudy', 'rudolph', 'tony', 'gordon', 'nigel', 'keir', 'rishi',
  'jeff', 'elon', 'bernie', 'ted', 'marco', 'rand', 'newt', 'dick', 'colin', 'jim', 'bob', 'hank', 'chuck', 'pete',
  'ron', 'kanye', 'tiger', 'neil', 'ian', 'noel', 'callum', 'declan', 'seamus', 'hugh', 'angus', 'alistair',
  'alastair', 'malcolm', 'duncan', 'stuart', 'graham', 'clive', 'nick', 'ben', 'rob', 'steve', 'matt', 'dave',
  'boris', 'kamal', 'owen', 'rhys', 'gareth', 'dominic', 'tristan', 'rupert', 'winston', 'neville', 'clement',
  'lyndon', 'dwight', 'woodrow', 'franklin', 'abraham', 'ulysses', 'mitt', 'lloyd', 'antony', 'rex', 'mick', 'elvis',
  'kirk', 'tucker', 'ken', 'kash',
  // German-speaking countries
  'friedrich', 'wolfgang', 'helmut', 'helmuth', 'horst', 'jürgen', 'heiko', 'günter', 'günther', 'dieter', 'uwe',
  'heinz', 'manfred', 'rainer', 'reinhard', 'fabian', 'florian', 'moritz', 'maximilian', 'philipp', 'ulrich',
  'winfried', 'armin', 'cem', 'norbert', 'volker', 'sigmar', 'gregor', 'hubertus', 'karl-heinz', 'hans-dietrich',
  'guido', 'lothar', 'ralf', 'rudolf', 'siegfried', 'thilo', 'tilman', 'till', 'wilfried', 'andreas', 'bernd',
  'detlef', 'erich', 'franz', 'georg', 'gerd', 'hartmut', 'heinrich', 'herbert', 'hermann', 'jörg', 'ludwig', 'sepp',
  'sigmund', 'stephan',
  // French
  'emmanuel', 'nicolas', 'françois', 'jacques', 'pierre', 'michel', 'philippe', 'édouard', 'edouard', 'bruno',
  'gérald', 'gérard', 'éric', 'laurent', 'olivier', 'thierry', 'christophe', 'sébastien', 'julien', 'antoine',
  'alain', 'bernard', 'henri', 'georges', 'yves', 'benoît', 'benoit', 'gabriel', 'arnaud', 'jean-luc', 'jean-marie',
  'jean-yves', 'jean-claude', 'lionel', 'manuel', 'marcel', 'rémi', 'serge', 'didier', 'fabien', 'franck',
  'françois-xavier', 'guillaume', 'hervé', 'hugues', 'jérôme', 'loïc', 'luc', 'mathieu', 'patrice', 'pascal',
  'renaud', 'stéphane', 'thibault', 'xavier', 'yannick', 'amaury', 'bertrand', 'cédric', 'damien', 'gaël',
  'jacques-henri',
  // Italian, Spanish, Portuguese and Latin American
  'giuseppe', 'giovanni', 'mario', 'matteo', 'silvio', 'sergio', 'paolo', 'luigi', 'francesco', 'antonio', 'enrico',
  'romano', 'massimo', 'alessandro', 'lorenzo', 'roberto', 'giorgio', 'luca', 'fabio', 'stefano', 'franco', 'gianni',
  'pietro', 'vittorio', 'giulio', 'beppe', 'gianluca', 'gianfranco', 'giancarlo', 'umberto', 'claudio', 'dario',
  'maurizio', 'riccardo', 'salvatore', 'ignazio', 'josé', 'jose', 'juan', 'carlos', 'pedro', 'pablo', 'mariano',
  'alberto', 'felipe', 'francisco', 'luis', 'jorge', 'miguel', 'fernando', 'javier', 'rafael', 'santiago',
  'alejandro', 'diego', 'andrés', 'nicolás', 'gustavo', 'evo', 'luiz', 'inácio', 'jair', 'cristiano', 'fidel', 'raúl',
  'raul', 'ernesto', 'augusto', 'ricardo', 'mauricio', 'alvaro', 'álvaro', 'iván', 'enrique', 'emilio', 'guillermo',
  'joaquín', 'josep', 'carles', 'oriol', 'xavi', 'sergi', 'jordi', 'iñigo', 'íñigo', 'rodrigo', 'gonçalo', 'joão',
  'paulo', 'marcelo', 'luís', 'vasco', 'rui', 'tiago', 'nuno', 'sebastián', 'nayib', 'vicente', 'ramón', 'salvador',
  // Slavic, Baltic and Hungarian
  'vladimir', 'dmitrij', 'dmitry', 'dmitri', 'sergej', 'sergey', 'sergei', 'aleksandr', 'aleksej', 'alexei', 'alexej',
  'alexey', 'mikhail', 'michail', 'igor', 'jurij', 'yuri', 'yury', 'andrej', 'andrei', 'andrey', 'pavel', 'pjotr',
  'pyotr', 'gennadij', 'gennady', 'grigorij', 'grigory', 'jevgenij', 'yevgeny', 'evgeny', 'yevgeniy', 'oleg',
  'ramzan', 'volodymyr', 'petro', 'vitali', 'vitalij', 'vitaliy', 'vitaly', 'anatolij', 'anatoly', 'leonid',
  'konstantin', 'maxim', 'maksim', 'roman', 'taras', 'bogdan', 'lech', 'jarosław', 'jaroslaw', 'andrzej', 'tomasz',
  'krzysztof', 'piotr', 'mateusz', 'zbigniew', 'wojciech', 'marek', 'václav', 'vaclav', 'miloš', 'milos', 'slobodan',
  'radovan', 'ratko', 'aleksandar', 'vojislav', 'zoran', 'goran', 'dragan', 'péter', 'gábor', 'zoltán', 'lászló',
  'ferenc', 'jános', 'dmytro', 'oleksandr', 'oleksij', 'oleksiy', 'mykola', 'mykhailo', 'serhij', 'serhiy', 'yurij',
  'arsenij', 'arseniy', 'kyrylo', 'valerij', 'valery', 'valerii', 'ruslan', 'denis', 'denys', 'artem', 'artjom',
  'ilja', 'ilya', 'aleksander', 'alexandr', 'rostislav', 'stanislav', 'jaroslav', 'vladislav', 'vjatjeslav',
  'vyacheslav', 'nursultan', 'kassym-jomart', 'levan', 'mikheil', 'eduard', 'alyaksandr', 'aljaksandr', 'gitanas',
  'algirdas', 'edgars', 'egils', 'krišjānis', 'toomas', 'andrus', 'jüri', 'janez', 'borut', 'aleksandër', 'edi',
  'bujar',
  // Arabic, Turkish, Persian, Hebrew, South Asian, African and others
  'mohammed', 'muhammad', 'mohamed', 'mohammad', 'muhammed', 'mohamad', 'ahmed', 'ahmad', 'ali', 'omar', 'umar',
  'hassan', 'hasan', 'hussein', 'husain', 'hussain', 'hossein', 'abdullah', 'abdallah', 'abdul', 'khalid', 'khaled',
  'mahmoud', 'mahmud', 'mustafa', 'mustapha', 'mostafa', 'ibrahim', 'ebrahim', 'youssef', 'yusuf', 'yousef', 'yasser',
  'yasir', 'bashar', 'hafez', 'saddam', 'osama', 'usama', 'ayman', 'hamid', 'karim', 'kareem', 'tariq', 'tarek',
  'walid', 'waleed', 'salman', 'faisal', 'fahd', 'abdulaziz', 'abdel', 'nabil', 'jamal', 'gamal', 'anwar', 'hosni',
  'moammar', 'muammar', 'said', 'saeed', 'sami', 'samir', 'adel', 'adil', 'amr', 'amir', 'bilal', 'emad', 'imad',
  'fadi', 'fouad', 'fuad', 'ghassan', 'habib', 'hamza', 'haitham', 'hisham', 'ismail', 'majid', 'mansour', 'marwan',
  'moussa', 'musa', 'nasser', 'naser', 'qasim', 'rami', 'riad', 'riyad', 'saleh', 'salah', 'talal', 'yahya', 'ziad',
  'zaid', 'zayed', 'recep', 'tayyip', 'mehmet', 'ahmet', 'hüseyin', 'i̇brahim', 'osman', 'murat', 'ömer', 'kemal',
  'bülent', 'ekrem', 'binali', 'devlet', 'süleyman', 'emre', 'burak', 'serkan', 'selim', 'tolga', 'orhan', 'fatih',
  'volkan', 'levent', 'halil', 'hakan', 'arda', 'mesut', 'i̇lkay', 'ilkay', 'cengiz', 'ercan', 'erkan', 'erol',
  'metin', 'nuri', 'ozan', 'sinan', 'tarkan', 'turgut', 'javad', 'mehdi', 'reza', 'ruhollah', 'akbar', 'abbas',
  'ardeshir', 'babak', 'bahram', 'behrouz', 'cyrus', 'dariush', 'farhad', 'farid', 'hooman', 'kamran', 'kaveh',
  'kourosh', 'masoud', 'massoud', 'mohsen', 'nader', 'omid', 'parviz', 'payam', 'pouya', 'ramin', 'shahram', 'siamak',
  'vahid', 'navid', 'arash', 'ashkan', 'hamed', 'jafar', 'qasem', 'ghasem', 'ashraf',
  'imran', 'nawaz', 'shehbaz', 'asif', 'pervez', 'zulfikar', 'narendra', 'rahul', 'shinzo', 'fumio', 'binyamin',
  'yair', 'naftali', 'ehud', 'shimon', 'yitzhak', 'avigdor', 'isaac', 'itamar', 'bezalel', 'moshe', 'yoav', 'gideon',
  'amos', 'menachem', 'saeb', 'abdelaziz', 'abdelkader', 'abdelfattah', 'abdel-fattah', 'nouri', 'haider', 'moqtada',
  'masrour', 'nechirvan', 'jalal', 'barham', 'hamdan', 'tamim', 'mohammed-ali', 'idris', 'abiy', 'cyril', 'thabo',
  'nelson', 'kofi', 'goodluck', 'muhammadu', 'bola', 'uhuru', 'yoweri', 'emmerson', 'macky', 'alassane', 'ousmane',
  'mamadou', 'abdou', 'boubacar', 'sékou', 'amadou', 'ibrahima', 'mahamadou', 'shinzō', 'yoshihide', 'junichiro',
  'ferdinand', 'joko', 'prabowo', 'mahathir', 'najib', 'manmohan', 'atal',
]);

/**
 * First names deliberately left out of both lists because they are used for both genders, in
 * Denmark or across the languages above (`Kim`; `Andrea`, `Simone`, `Nicola`, `Michele`, `Daniele`
 * are male in Italian and female elsewhere; `Jean` is male in French and female in English).
 * Hyphenated French forms (`Jean-Luc`, `Jean-Marie`) are listed whole in {@link MALE_FIRST_NAMES}.
 */
export const AMBIGUOUS_GENDER_NAMES: ReadonlySet<string> = new Set([
  'alex', 'alexis', 'andrea', 'ariel', 'ashley', 'avery', 'azar', 'billie', 'camille', 'charlie', 'chris', 'claude',
  'daniele', 'dominique', 'eden', 'eli', 'evelyn', 'frankie', 'gabriele', 'hilary', 'jamie', 'jean', 'jihad', 'jo',
  'joan', 'jordan', 'kelly', 'kim', 'kris', 'kristen', 'lesley', 'leslie', 'lindsay', 'lindsey', 'lou', 'marion',
  'maxime', 'michele', 'mika', 'morgan', 'nicola', 'nikita', 'noa', 'noor', 'nour', 'quinn', 'robin', 'sacha', 'sam',
  'sandy', 'sascha', 'sasha', 'shadi', 'shannon', 'simone', 'taylor', 'terry', 'toni', 'tracy', 'vivian', 'yuval',
]);

/** Lowercase, accents removed (`Ségolène` → `segolene`); keeps æ, ø, å, which are letters of their own. */
function fold(name: string): string {
  return name
    .toLowerCase()
    .replace(/å/g, '\u0000')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the NUL placeholder is put there above, on purpose
    .replace(/\u0000/g, 'å');
}

/** Folded name → gender, built once from both lists. */
const FOLDED: ReadonlyMap<string, 'm' | 'f'> = (() => {
  const map = new Map<string, 'm' | 'f'>();
  for (const n of FEMALE_FIRST_NAMES) map.set(fold(n), 'f');
  for (const n of MALE_FIRST_NAMES) {
    const key = fold(n);
    // A name that folds to the same key as a female name (none at present) is left ambiguous.
    if (map.get(key) === 'f') map.delete(key);
    else map.set(key, 'm');
  }
  return map;
})();

/** Gender of one name form: exact lowercase first, then accent-folded. */
function lookup(name: string): 'm' | 'f' | undefined {
  const lower = name.toLowerCase();
  if (FEMALE_FIRST_NAMES.has(lower)) return 'f';
  if (MALE_FIRST_NAMES.has(lower)) return 'm';
  // folding changes nothing in plain ASCII but the case (and costs a Unicode normalisation)
  return FOLDED.get(isAscii(name) ? lower : fold(name));
}

/** Whether every code unit is in 1-127. */
function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0 || c >= 128) return false; // (fold turns a NUL into å)
  }
  return true;
}

/**
 * The gender of a first name: `'f'`, `'m'`, or undefined when unknown or used for both genders.
 * Case-insensitive and accent-tolerant (`Ayse` finds `Ayşe`). A hyphenated name is looked up
 * whole first (`Jean-Luc`) and then by its first part (`Anne-Sophie` → `Anne`). A genitive
 * (`Mettes`, `Mette's`, `Lars'`) is tried without its `-s` when the form itself is unknown.
 */
function genderOfFirstNameUncached(name: string): 'm' | 'f' | undefined {
  // `Lars'` is the genitive of a name ending in -s
  const trimmed = name.trim().replace(/['’]$/, '');
  if (trimmed === '') return undefined;
  const candidates = [trimmed];
  const genitive = /^(.+?)['’]?s$/i.exec(trimmed);
  if (genitive?.[1]) candidates.push(genitive[1]);
  for (const candidate of candidates) {
    const whole = lookup(candidate);
    if (whole) return whole;
    const dash = candidate.search(/[-‐–]/);
    if (dash > 0) {
      const first = lookup(candidate.slice(0, dash));
      if (first) return first;
    }
  }
  return undefined;
}

/** genderOfFirstName, cached per word (see memo.ts): the rules cost microseconds a call and run for every token. */
export const genderOfFirstName: (word: string) => 'm' | 'f' | undefined = memoizeWord(genderOfFirstNameUncached);
